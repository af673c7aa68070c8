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

    /// <summary>
    /// While PaperBot runs (the bot, not the one-shot verbs), load files added to or changed in <see cref="Path"/> and
    /// <see cref="WatchFolders"/>. Default <c>true</c>.
    /// </summary>
    public bool Watch { get; set; } = true;

    /// <summary>More folders to watch, relative to the program's folder unless absolute. Default: none.</summary>
    public IList<string> WatchFolders { get; } = [];

    /// <summary>
    /// A changed file is loaded once its size and time have not changed for this long, so a file still being
    /// written is never read half-way. Default <c>1000</c> ms.
    /// </summary>
    [Range(10, 600_000, ErrorMessage = "Corpus:WatchDebounceMilliseconds must be between 10 and 600000 (default: 1000).")]
    public int WatchDebounceMilliseconds { get; set; } = 1000;

    /// <summary>
    /// Every this many minutes the watched folders are scanned again, for changes the file-system watcher missed
    /// (its buffer can overflow). Default <c>5</c>.
    /// </summary>
    [Range(1, 1440, ErrorMessage = "Corpus:RescanMinutes must be between 1 and 1440 (default: 5).")]
    public int RescanMinutes { get; set; } = 5;

    public string ResolvePath() => Resolve(Path);

    /// <summary>The folders the watcher keeps loaded: <see cref="Path"/> and <see cref="WatchFolders"/>, each once.</summary>
    public IReadOnlyList<string> ResolveWatchFolders() =>
        [.. WatchFolders.Where(f => !string.IsNullOrWhiteSpace(f)).Select(Resolve).Prepend(ResolvePath()).Distinct(StringComparer.Ordinal)];

    private static string Resolve(string folder) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(AppContext.BaseDirectory, Environment.ExpandEnvironmentVariables(folder)));
}
