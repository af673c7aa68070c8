using PaperBot.Core.Library;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Library.Export;

/// <summary>Saved papers for the export tests: GPipe as arXiv knows it, and papers as the bundled corpus knows them (no names).</summary>
internal static class ExportPapers
{
    public static readonly DateTimeOffset SavedAt = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    public static SavedPaper GPipe(IReadOnlyList<string>? tags = null, string? note = null) => new(
        new StoredPaper(7, new Paper
        {
            Title = "GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism",
            Abstract = "We introduce GPipe, a pipeline parallelism library.",
            ArxivId = "1811.06965",
            PublishedOn = new DateOnly(2018, 11, 16),
            Authors = ["Yanping Huang", "Youlong Cheng", "Ankur Bapna"],
            AuthorCount = 3,
            GithubUrl = "https://github.com/tensorflow/lingvo",
        }, ["arxiv"]),
        tags ?? ["parallelism", "systems"],
        note,
        SavedAt);

    public static SavedPaper CorpusOnly(long id, string title, string abstractText = "An abstract.") => new(
        new StoredPaper(id, new Paper { Title = title, Abstract = abstractText, AuthorCount = 4 }, ["corpus"]),
        [],
        null,
        SavedAt);
}
