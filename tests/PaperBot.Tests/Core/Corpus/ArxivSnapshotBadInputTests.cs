using System.Text;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Bad lines of an arXiv snapshot: each named with its line and reason, the good lines around it kept.</summary>
public sealed class ArxivSnapshotBadInputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-snapshot-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("""{"id":"2101.00009","title":"","abstract":"Text.","categories":"cs.LG"}""", "no \"title\"")]
    [InlineData("""{"id":"2101.00009","title":"T","categories":"cs.LG"}""", "no \"abstract\"")]
    [InlineData("""{"id":"2101.00009","title":"T","abstract":"  \n ","categories":"cs.LG"}""", "no \"abstract\"")]
    [InlineData("""{"id":"not-an-id","title":"T","abstract":"A","categories":"cs.LG"}""", "not an arXiv identifier")]
    [InlineData("""{"id":"2101.00009","title":"T","abstract":"A","categories":"cs.LG cs.XY"}""", "unknown arXiv category \"cs.XY\"")]
    public async Task ReadAsync_BadLineBetweenGoodOnes_NamedWithLineAndSkipped(string badLine, string reason)
    {
        var errors = new List<CorpusFormatException>();
        var text = SnapshotLines.File(SnapshotLines.Line("2101.00001", "Before"), badLine, SnapshotLines.Line("2101.00002", "After"));

        var papers = await ArxivSnapshotParserTests.ReadTextAsync(text, errors.Add);

        Assert.Equal(["Before", "After"], papers.Select(p => p.Paper.Title));
        Assert.Equal([1, 3], papers.Select(p => p.Line));
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnknownCategory_NamesTheClosestKnownOnes()
    {
        var errors = new List<CorpusFormatException>();

        await ArxivSnapshotParserTests.ReadTextAsync(SnapshotLines.File(SnapshotLines.Line("2101.00001", "T", "cs.CLL")), errors.Add);

        Assert.Contains("cs.CL", Assert.Single(errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TruncatedLastLine_ReportedAsCutShortAndTheRestKept()
    {
        var errors = new List<CorpusFormatException>();
        var whole = SnapshotLines.Line("2101.00002", "Cut");
        var text = SnapshotLines.File(SnapshotLines.Line("2101.00001", "Kept")) + whole[..(whole.Length / 2)];

        var papers = await ArxivSnapshotParserTests.ReadTextAsync(text, errors.Add);

        Assert.Equal(["Kept"], papers.Select(p => p.Paper.Title));
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_CompleteLastLineWithoutLineBreak_IsAPaper()
    {
        var text = SnapshotLines.File(SnapshotLines.Line("2101.00001", "First")) + SnapshotLines.Line("2101.00002", "Last");

        var papers = await ArxivSnapshotParserTests.ReadTextAsync(text, _ => Assert.Fail("no bad line"));

        Assert.Equal(["First", "Last"], papers.Select(p => p.Paper.Title));
    }

    [Fact]
    public async Task ReadAsync_FiftyMegabyteLine_SkippedWithoutBufferingAndNeighboursKept()
    {
        var path = Path.Combine(_folder, "huge-line.jsonl");
        await using (var file = File.CreateText(path))
        {
            await file.WriteAsync(SnapshotLines.File(SnapshotLines.Line("2101.00001", "Before")));
            await file.WriteAsync("{\"id\":\"2101.00002\",\"title\":\"Huge\",\"abstract\":\"");
            var block = new string('x', 1024 * 1024);
            for (var i = 0; i < 50; i++)
            {
                await file.WriteAsync(block);
            }

            await file.WriteAsync("\"}\n" + SnapshotLines.File(SnapshotLines.Line("2101.00003", "After")));
        }

        var errors = new List<CorpusFormatException>();
        await using var stream = new ForwardOnlyStream(File.OpenRead(path));
        var papers = await ArxivSnapshotParserTests.ReadAsync(stream, "huge-line.jsonl", errors.Add);

        Assert.Equal(["Before", "After"], papers.Select(p => p.Paper.Title));
        Assert.Equal([1, 3], papers.Select(p => p.Line));
        var error = Assert.Single(errors);
        Assert.Equal(2, error.Line);
        Assert.Contains("longer than 1 MiB", error.Message, StringComparison.Ordinal);
        Assert.InRange(stream.LargestRead, 1, 1024 * 1024);
    }

    [Fact]
    public async Task ReadAsync_TruncatedGzip_NamesTheLastLineReadAndKeepsTheLinesBefore()
    {
        var lines = Enumerable.Range(1, 2000).Select(i => SnapshotLines.Line($"2101.{i:00000}", $"Paper {i} about {Guid.NewGuid()}")).ToArray();
        var gzip = SnapshotLines.Gzip(SnapshotLines.File(lines));
        var path = Path.Combine(_folder, "snapshot.json.gz");
        await File.WriteAllBytesAsync(path, gzip[..(gzip.Length / 2)]);

        var errors = new List<CorpusFormatException>();
        await using var stream = File.OpenRead(path);
        var papers = await ArxivSnapshotParserTests.ReadAsync(stream, path, errors.Add);

        Assert.InRange(papers.Count, 1, 1999);
        Assert.Equal(Enumerable.Range(1, papers.Count), papers.Select(p => p.Line));
        var last = errors[^1];
        Assert.Contains("gzip stream ends early", last.Message, StringComparison.Ordinal);
        Assert.Contains($"after line {last.Line}", last.Message, StringComparison.Ordinal);
        Assert.InRange(last.Line ?? 0, papers.Count, papers.Count + 1);
    }

    [Fact]
    public async Task ReadAsync_NoHandler_FirstBadLineEndsTheFile()
    {
        var text = SnapshotLines.File(SnapshotLines.Line("2101.00001", "Before"), "oops");

        var error = await Assert.ThrowsAsync<CorpusFormatException>(() => ArxivSnapshotParserTests.ReadTextAsync(text));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public async Task ReadAsync_BlankLines_Ignored()
    {
        var text = SnapshotLines.File(SnapshotLines.Line("2101.00001", "First"), "", "  ", SnapshotLines.Line("2101.00002", "Second"));

        var papers = await ArxivSnapshotParserTests.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "s.jsonl", _ => Assert.Fail("no bad line"));

        Assert.Equal([1, 4], papers.Select(p => p.Line));
    }
}
