using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Export;

/// <summary>A library for export tests: every paper of the bundled corpus and the test data, plus entries made to break BibTeX.</summary>
internal static class ExportLibrary
{
    public static async Task<List<SavedPaper>> CreateAsync()
    {
        var root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "corpus")).Order(StringComparer.Ordinal)
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "hf")))
            .Concat(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestData", "arxiv")));
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)));
        var papers = new List<Paper>();
        foreach (var file in files)
        {
            await using var stream = File.OpenRead(file);
            await foreach (var parsed in reader.ReadAsync(stream, Path.GetFileName(file), CancellationToken.None))
            {
                papers.Add(parsed.Paper);
            }
        }

        papers.AddRange(Tricky());
        var saved = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        return [.. papers.Select((p, i) => new SavedPaper(new StoredPaper(i + 1, p, ["test"]), i % 3 == 0 ? ["to-read", "c++ & co"] : [], i % 4 == 0 ? "Note with 100% {braces}, $math$, #hash, a_b, ~tilde, ^caret, \\backslash & 😀 émoji" : null, saved.AddMinutes(-i)))];
    }

    /// <summary>Titles, names and links that break naive BibTeX writers.</summary>
    private static IEnumerable<Paper> Tricky()
    {
        yield return new Paper { Title = "{Unbalanced} } braces { and \\commands{x}", Abstract = "A } lone brace.", ArxivId = "2401.00001", PublishedOn = new DateOnly(2024, 1, 2), Authors = ["José Ñúñez", "Zoë O'Brien-Smith", "Research and Development"] };
        yield return new Paper { Title = "50% of $100 & #1 in C_k ~ x^2", Abstract = "", Authors = ["Łukasz Kaiser", "Aidan N. Gomez", "Smith, Jr., John"] };
        yield return new Paper { Title = "Attention Is All You Need", Abstract = "Duplicate title one.", AuthorCount = 8 };
        yield return new Paper { Title = "Attention Is All You Need", Abstract = "Duplicate title two.", AuthorCount = 8 };
        yield return new Paper { Title = "深度学习 über alles: Ümlauts, emoji 🚀 and ß", Abstract = "Unicode\nwith\ttabs and \u0007 bell.", DailyDate = new DateOnly(2025, 3, 4), Organization = "Org & Co", GithubUrl = "https://github.com/x/y?a=1&b=%20" };
        yield return new Paper { Title = "@misc{injected, title={x}}", Abstract = "@article{evil,}", ProjectUrl = "https://example.org/p#{frag}" };
        yield return new Paper { Title = "Old-style id", Abstract = "x", ArxivId = "hep-th/9901001", PublishedOn = new DateOnly(1999, 1, 1) };
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "PaperBot.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("PaperBot.sln not found above the tests");
    }
}
