using System.Text.RegularExpressions;

namespace PaperBot.Discord.Formatting;

/// <summary>Where a paper can be read: arXiv, its Hugging Face page, the PDF, and the code when known.</summary>
internal sealed partial record PaperLinks(string? Arxiv, string? HuggingFace, string? Pdf, string? Code)
{
    public static PaperLinks For(string? arxivId, string? githubUrl = null) => arxivId is null || !ArxivId().IsMatch(arxivId)
        ? new PaperLinks(null, null, null, Web(githubUrl))
        : new PaperLinks($"https://arxiv.org/abs/{arxivId}", $"https://huggingface.co/papers/{arxivId}", $"https://arxiv.org/pdf/{arxivId}", Web(githubUrl));

    /// <summary>The links as one Markdown line, e.g. "[arXiv](…) · [Hugging Face](…) · [PDF](…)"; empty when none is known.</summary>
    public string Markdown()
    {
        var parts = new List<string>(4);
        Add(parts, "arXiv", Arxiv);
        Add(parts, "Hugging Face", HuggingFace);
        Add(parts, "PDF", Pdf);
        Add(parts, "Code", Code);
        return string.Join(" · ", parts);
    }

    // Discord rejects non-http(s) URLs in embeds and link buttons (50035), and a corpus file could hold anything.
    private static string? Web(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && url!.Length <= 512
            ? url
            : null;

    // New-style (2401.12345) and old-style (hep-th/9901001) ids; anything else in a corpus file gets no arXiv links,
    // since Discord refuses a whole message over one bad URL.
    [GeneratedRegex(@"^(\d{4}\.\d{4,5}|[a-z-]+(\.[A-Z]{2})?/\d{7})$", RegexOptions.CultureInvariant)]
    private static partial Regex ArxivId();

    private static void Add(List<string> parts, string label, string? url)
    {
        if (url is not null)
        {
            parts.Add($"[{label}]({url})");
        }
    }
}
