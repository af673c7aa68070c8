using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Cornell's arXiv metadata snapshot: the checked-in real sample and hand-built lines.</summary>
public sealed class ArxivSnapshotParserTests
{
    private static readonly CorpusFileReader Reader = new(new CorpusReaderOptions(), new FakeTimeProvider());

    [Fact]
    public async Task ReadAsync_RealSample_MapsEveryLine()
    {
        await using var stream = File.OpenRead(TestPaths.TestData("arxiv/metadata-snapshot-sample.jsonl"));
        var papers = await ReadAsync(stream, "metadata-snapshot-sample.jsonl");

        Assert.Equal(["2205.14135", "1811.06965", "2401.09670", "0704.0001"], papers.Select(p => p.Paper.ArxivId));
        Assert.Equal([1, 2, 3, 4], papers.Select(p => p.Line));
        var flash = papers[0].Paper;
        Assert.Equal("FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness", flash.Title);
        Assert.StartsWith("Transformers are slow and memory-hungry on long sequences, since the time and memory", flash.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', flash.Abstract);
        Assert.DoesNotContain("  ", flash.Abstract, StringComparison.Ordinal);
        Assert.Equal(["Tri Dao", "Daniel Y. Fu", "Stefano Ermon", "Atri Rudra", "Christopher Ré"], flash.Authors);
        Assert.Equal(5, flash.AuthorCount);
        Assert.Equal(new DateOnly(2022, 5, 27), flash.PublishedOn);
        Assert.Equal(["cs.CV", "cs.DC", "cs.LG"], papers[1].Paper.Categories);
        Assert.Equal(["hep-ph"], papers[3].Paper.Categories);
        Assert.Equal(new DateOnly(2007, 4, 2), papers[3].Paper.PublishedOn);
        Assert.Equal("C. Balázs", papers[3].Paper.Authors[0]);
    }

    [Theory]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("math/0601001", "math/0601001")]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData("2205.14135v3", "2205.14135")]
    [InlineData("0704.0001", "0704.0001")]
    public async Task ReadAsync_Ids_OldStyleKeepArchiveAndVersionsAreStripped(string id, string expected)
    {
        var papers = await ReadTextAsync(SnapshotLines.File(SnapshotLines.Line(id, "A Paper", "hep-th")));

        Assert.Equal(expected, Assert.Single(papers).Paper.ArxivId);
    }

    [Fact]
    public async Task ReadAsync_Versions_V1CreatedWinsOverLaterVersionsAndUpdateDate()
    {
        var line = """{"id":"2101.00001","title":"T","abstract":"A","categories":"cs.CL cs.LG","versions":[{"version":"v2","created":"Tue, 5 Jan 2021 10:00:00 GMT"},{"version":"v1","created":"Fri, 1 Jan 2021 23:59:59 GMT"}],"update_date":"2021-02-01"}""";
        var noVersions = """{"id":"2101.00002","title":"U","abstract":"B","categories":"cs.CL","versions":[],"update_date":"2021-02-01","authors":"A. One and B. Two, C. Three"}""";

        var papers = await ReadTextAsync(SnapshotLines.File(line, noVersions));

        Assert.Equal(new DateOnly(2021, 1, 1), papers[0].Paper.PublishedOn);
        Assert.Equal(["cs.CL", "cs.LG"], papers[0].Paper.Categories);
        Assert.Equal(new DateOnly(2021, 2, 1), papers[1].Paper.PublishedOn);
        Assert.Equal(["A. One", "B. Two", "C. Three"], papers[1].Paper.Authors);
        Assert.Equal(3, papers[1].Paper.AuthorCount);
    }

    [Fact]
    public async Task ReadAsync_WhitespaceAndAuthorsParsed_CollapsedAndSuffixLast()
    {
        var line = SnapshotLines.Line(
            "2101.00003",
            "A   Title\n  Over Lines",
            authorsParsed: [["King", "Martin Luther", "Jr"], ["Einstein", "", ""], ["Curie", "Marie\n", ""]]);

        var paper = Assert.Single(await ReadTextAsync(SnapshotLines.File(line))).Paper;

        Assert.Equal("A Title Over Lines", paper.Title);
        Assert.Equal("We study a problem at length. The method works well on many benchmarks and is simple to use.", paper.Abstract);
        Assert.Equal(["Martin Luther King Jr", "Einstein", "Marie Curie"], paper.Authors);
    }

    [Theory]
    [InlineData("snapshot.json")]
    [InlineData("snapshot.txt")]
    [InlineData("arxiv-metadata-oai-snapshot.json.gz")]
    public async Task ReadAsync_GzipWhateverItsName_DecompressedOnTheFly(string name)
    {
        var text = SnapshotLines.File(SnapshotLines.Line("2101.00001", "First"), SnapshotLines.Line("2101.00002", "Second"));
        var gzip = SnapshotLines.Gzip(text);

        var seekable = await ReadAsync(new MemoryStream(gzip), name);
        var streamed = await ReadAsync(new ForwardOnlyStream(new MemoryStream(gzip), 100), name);

        Assert.Equal(["First", "Second"], seekable.Select(p => p.Paper.Title));
        Assert.Equal(["First", "Second"], streamed.Select(p => p.Paper.Title));
        Assert.Equal(CorpusFormat.ArxivSnapshot, CorpusFileReader.DetectFormat(gzip, name));
    }

    [Fact]
    public void DetectFormat_SnapshotLineVersusHuggingFaceObject_ToldApartByContent()
    {
        var snapshot = Encoding.UTF8.GetBytes(SnapshotLines.File(SnapshotLines.Line("2101.00001", "First")));
        var hf = """{"id":"2101.00001","title":"First","summary":"An abstract.","authors":[]}"""u8.ToArray();

        Assert.Equal(CorpusFormat.ArxivSnapshot, CorpusFileReader.DetectFormat(snapshot, "papers.txt"));
        Assert.Equal(CorpusFormat.HuggingFaceJson, CorpusFileReader.DetectFormat(hf, "papers.json"));
    }

    internal static Task<List<ParsedPaper>> ReadTextAsync(string text, Action<CorpusFormatException>? badLine = null) =>
        ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "snapshot.jsonl", badLine);

    internal static async Task<List<ParsedPaper>> ReadAsync(Stream stream, string name, Action<CorpusFormatException>? badLine = null)
    {
        var papers = new List<ParsedPaper>();
        await foreach (var paper in Reader.ReadAsync(stream, name, badLine, CancellationToken.None))
        {
            papers.Add(paper);
        }

        return papers;
    }
}
