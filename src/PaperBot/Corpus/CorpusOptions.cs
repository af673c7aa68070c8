using System.ComponentModel.DataAnnotations;

namespace PaperBot.Corpus;

/// <summary>The corpus PaperBot loads. Section <c>Corpus</c>.</summary>
internal sealed class CorpusOptions
{
    public const string SectionName = "Corpus";

    /// <summary>The bundled corpus folder, relative to the program's folder unless absolute. Default <c>corpus</c>.</summary>
    [Required(ErrorMessage = "Corpus:Path must name the corpus folder (default: corpus).")]
    public string Path { get; set; } = "corpus";

    /// <summary>Load the bundled corpus on first use when the database is empty. Default <c>true</c>.</summary>
    public bool AutoIngest { get; set; } = true;

    /// <summary>
    /// The year of page-dump dates written without one. Default <c>null</c>: inferred per file
    /// (the year after the newest explicit year in the file, never in the future). <c>--page-year</c> overrides it.
    /// </summary>
    [Range(1990, 2200, ErrorMessage = "Corpus:PageYear must be a year between 1990 and 2200, or left unset to infer it.")]
    public int? PageYear { get; set; }

    public string ResolvePath() => System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, Path));
}
