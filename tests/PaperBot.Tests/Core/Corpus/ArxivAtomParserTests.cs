using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class ArxivAtomParserTests
{
    [Fact]
    public async Task ReadAsync_ArxivSample_ThreeEntriesWithIdsWithoutVersion()
    {
        var papers = await ReadFixtureAsync();

        Assert.Equal(["2002.00741", "1102.2017", "1112.2954"], papers.Select(p => p.Paper.ArxivId));
        Assert.Equal([10, 34, 59], papers.Select(p => p.Line));
    }

    [Fact]
    public async Task ReadAsync_ArxivSample_FirstEntryFullyMapped()
    {
        var papers = await ReadFixtureAsync();

        var paper = papers[0].Paper;
        Assert.Equal("Déjà vu: A Contextualized Temporal Attention Mechanism for Sequential Recommendation", paper.Title);
        Assert.StartsWith("Predicting users' preferences based on their sequential behaviors", paper.Abstract, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', paper.Abstract);
        Assert.DoesNotContain("  ", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2020, 1, 29), paper.PublishedOn);
        Assert.Equal(["Jibang Wu", "Renqin Cai", "Hongning Wang"], paper.Authors);
        Assert.Equal(3, paper.AuthorCount);
        Assert.Equal(["cs.IR", "cs.CL", "cs.LG"], paper.Keywords);
        Assert.Null(paper.DailyDate);
        Assert.Null(paper.Upvotes);
    }

    [Fact]
    public async Task ReadAsync_ArxivSample_LaterEntriesHaveTheirOwnAuthors()
    {
        var papers = await ReadFixtureAsync();

        Assert.Equal(4, papers[1].Paper.AuthorCount);
        Assert.Equal("D. Pech-Oy", papers[1].Paper.Authors[^1]);
        Assert.Equal("Carlos A. Cruz-Villar", papers[2].Paper.Authors[^1]);
        Assert.Equal(new DateOnly(2011, 12, 13), papers[2].Paper.PublishedOn);
        Assert.Equal(["cs.CE"], papers[2].Paper.Keywords);
    }

    [Fact]
    public async Task ReadAsync_FeedWithoutDeclaration_DetectedAndRead()
    {
        const string feed = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry><id>http://arxiv.org/abs/hep-th/9901001v2</id><title>Old</title><summary> An
                old   paper. </summary></entry>
            </feed>
            """;

        var papers = await ReadTextAsync(feed, "feed.atom");

        var paper = Assert.Single(papers);
        Assert.Equal("hep-th/9901001", paper.Paper.ArxivId);
        Assert.Equal("An old paper.", paper.Paper.Abstract);
        Assert.Equal(2, paper.Line);
        Assert.Empty(paper.Paper.Authors);
        Assert.Null(paper.Paper.AuthorCount);
    }

    private static async Task<List<ParsedPaper>> ReadFixtureAsync()
    {
        await using var stream = File.OpenRead(TestPaths.TestData("arxiv/arxiv_sample.xml"));
        return await ReadAsync(stream, "arxiv_sample.xml");
    }

    private static async Task<List<ParsedPaper>> ReadTextAsync(string xml, string fileName)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        return await ReadAsync(stream, fileName);
    }

    private static async Task<List<ParsedPaper>> ReadAsync(Stream stream, string fileName)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider());
        var papers = new List<ParsedPaper>();
        await foreach (var paper in reader.ReadAsync(stream, fileName, CancellationToken.None))
        {
            papers.Add(paper);
        }

        return papers;
    }
}
