using System.Text;

namespace PaperBot.Tests.Data;

/// <summary>
/// Property-style: thousands of random strings built from the characters that break naive FTS5 queries must
/// never make search throw, against a real FTS5 index.
/// </summary>
public sealed class SearchRobustnessTests : IDisposable
{
    private static readonly string[] Pieces =
    [
        "\"", "'", "*", "(", ")", "[", "]", "{", "}", ":", "^", "-", "+", "~", "|", "&", "\\", "/", ",", ".", ";",
        "AND", "OR", "NOT", "NEAR", "NEAR(", "NEAR/2", "title:", "abstract:", "rank", "bm25(", "MATCH", "--", "/*",
        " ", "  ", "\t", "\n", "\r\n", "\0", "🙂", "🚀", "👩‍🔬", "\u0301", "é", "ß", "İ", "中文", "注意力", "Ω", "\u200B", "\uFEFF",
        "\uD800", "\uDFFF", "attention", "sparse", "training", "x", "1", "42", "N:M", "GPT-4", "low-rank", "e.g.",
    ];

    private readonly TestStore _store = new(pageYear: 2025);

    public SearchRobustnessTests()
    {
        _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task SearchAsync_ThousandsOfRandomStrings_NeverThrows()
    {
        const int seed = 20261123;
        var random = new Random(seed);
        for (var i = 0; i < 3000; i++)
        {
            var text = RandomText(random, random.Next(1, 24));
            var exception = await Record.ExceptionAsync(() => _store.Search.SearchAsync(text, 5, CancellationToken.None));
            Assert.True(exception is null, $"seed {seed}, case {i}: {Escape(text)} threw {exception}");
        }
    }

    [Fact]
    public async Task CompleteTitleAsync_ThousandsOfRandomStrings_NeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var text = RandomText(random, random.Next(0, 8));
            var exception = await Record.ExceptionAsync(() => _store.Search.CompleteTitleAsync(text, 25, CancellationToken.None));
            Assert.True(exception is null, $"case {i}: {Escape(text)} threw {exception}");
        }
    }

    [Fact]
    public async Task SearchAsync_TenThousandCharactersOfAbstract_FindsThatPaper()
    {
        var gpipe = await _store.Store.FindAsync("GPipe", CancellationToken.None);
        Assert.NotNull(gpipe);
        var text = string.Concat(Enumerable.Repeat(gpipe.Paper.Abstract + " ", 10_000 / gpipe.Paper.Abstract.Length + 1))[..10_000];

        var hits = await _store.Search.SearchAsync(text, 3, CancellationToken.None);

        Assert.Equal(gpipe.Id, Assert.Single(hits.Take(1)).Id);
    }

    public void Dispose() => _store.Dispose();

    private static string RandomText(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var p = 0; p < pieces; p++)
        {
            text.Append(random.Next(4) == 0 ? (char)random.Next(0x20, 0x3000) : Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c < 0x20 || c > 0x7e ? $"\\u{(int)c:X4}" : c.ToString()));
}
