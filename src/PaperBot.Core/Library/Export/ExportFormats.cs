namespace PaperBot.Core.Library.Export;

/// <summary>The names members type for each <see cref="ExportFormat"/>, and the file each one becomes.</summary>
public static class ExportFormats
{
    /// <summary>The names as typed in <c>/export format:</c> and <c>--format</c>, in the order they are offered.</summary>
    public static IReadOnlyList<string> Names { get; } = ["bibtex", "ris", "csl-json", "markdown"];

    /// <summary>The format named <paramref name="name"/> (case-insensitive; "bib", "csl", "json" and "md" work too); null when unknown.</summary>
    public static ExportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "bibtex" or "bib" => ExportFormat.BibTex,
        "ris" => ExportFormat.Ris,
        "csl-json" or "csl" or "json" or "csljson" => ExportFormat.CslJson,
        "markdown" or "md" => ExportFormat.Markdown,
        _ => null,
    };

    public static string FileName(ExportFormat format) => format switch
    {
        ExportFormat.BibTex => "papers.bib",
        ExportFormat.Ris => "papers.ris",
        ExportFormat.CslJson => "papers.json",
        _ => "papers.md",
    };

    public static string ContentType(ExportFormat format) => format switch
    {
        ExportFormat.BibTex => "application/x-bibtex; charset=utf-8",
        ExportFormat.Ris => "application/x-research-info-systems; charset=utf-8",
        ExportFormat.CslJson => "application/vnd.citationstyles.csl+json; charset=utf-8",
        _ => "text/markdown; charset=utf-8",
    };
}
