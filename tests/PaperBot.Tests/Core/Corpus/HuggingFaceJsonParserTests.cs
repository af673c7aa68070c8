using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Hugging Face API responses: the checked-in real samples and small hand-written shapes.</summary>
public sealed class HuggingFaceJsonParserTests
{
    [Fact]
    public async Task ReadAsync_DailyPapers_ReadsEveryItem()
    {
        var papers = await ReadFixtureAsync("hf/hf_daily_papers_sample.json");

        Assert.Equal(["2608.09888", "2608.15089", "2608.14391"], papers.Select(p => p.Paper.ArxivId));
        Assert.Equal([781, 447, 283], papers.Select(p => p.Paper.Upvotes ?? 0));
        Assert.All(papers, p => Assert.Equal(1, p.Line));
    }

    [Fact]
    public async Task ReadAsync_DailyPapers_FirstItemFullyMapped()
    {
        var papers = await ReadFixtureAsync("hf/hf_daily_papers_sample.json");

        var paper = papers[0].Paper;
        Assert.Equal("BDH-CQ: In-Context Learning with Recurrent Latent Reasoning", paper.Title);
        Assert.StartsWith("We introduce BDH-CQ, a reasoning model", paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 8, 10), paper.PublishedOn);
        Assert.Equal(new DateOnly(2026, 8, 11), paper.DailyDate);
        Assert.Equal("https://github.com/pathwaycom/arc-task-gen", paper.GithubUrl);
        Assert.StartsWith("https://pathway.com/blog/", paper.ProjectUrl, StringComparison.Ordinal);
        Assert.Equal("Pathway", paper.Organization);
        Assert.Equal(9, paper.AuthorCount);
        Assert.Equal(9, paper.Authors.Count);
        Assert.Equal(["Björn Engdahl", "Adrian Kosowski", "Jan Chorowski"], paper.Authors.Take(3));
        Assert.StartsWith("A 150M-parameter reasoning model", paper.SourceSummary, StringComparison.Ordinal);
        Assert.Equal(5, paper.Keywords.Count);
        Assert.Contains("ARC-AGI-1", paper.Keywords);
    }

    [Fact]
    public async Task ReadAsync_DailyPapers_HardLineBreaksFoldedAndMissingOrganisationNull()
    {
        var papers = await ReadFixtureAsync("hf/hf_daily_papers_sample.json");

        var paper = papers[1].Paper;
        Assert.DoesNotContain('\n', paper.Abstract);
        Assert.DoesNotContain("  ", paper.Abstract, StringComparison.Ordinal);
        Assert.Contains("inspect together. On Terminal-Bench 2.1, StateM raises", paper.Abstract, StringComparison.Ordinal);
        Assert.Null(paper.Organization);
        Assert.Equal(new DateOnly(2026, 8, 15), paper.PublishedOn);
        Assert.Equal(new DateOnly(2026, 8, 18), paper.DailyDate);
        Assert.Equal("https://henryqin1997.github.io/statem/", paper.ProjectUrl);
        Assert.Contains("StateM", paper.Keywords);
        Assert.Equal("Hugging Face", papers[2].Paper.Organization);
        Assert.Equal(35, papers[2].Paper.AuthorCount);
        Assert.Equal("Wangbo Zhao", papers[2].Paper.Authors[^1]);
    }

    [Fact]
    public async Task ReadAsync_SinglePaperObject_OnePaper()
    {
        var papers = await ReadFixtureAsync("hf/hf_paper_sample.json");

        var paper = Assert.Single(papers).Paper;
        Assert.Equal("2608.09888", paper.ArxivId);
        Assert.Equal(782, paper.Upvotes);
        Assert.Equal("BDH-CQ: In-Context Learning with Recurrent Latent Reasoning", paper.Title);
        Assert.Equal(new DateOnly(2026, 8, 10), paper.PublishedOn);
        Assert.Equal(new DateOnly(2026, 8, 11), paper.DailyDate);
        Assert.Equal("Pathway", paper.Organization);
        Assert.Equal(9, paper.AuthorCount);
    }

    [Fact]
    public async Task ReadAsync_ArrayOfBarePapers_MappedLikeDailyItems()
    {
        const string json = """
            [{"id":"2002.00741v2","title":"First\n  paper","summary":"Line one\nline two.",
              "authors":[{"name":"A. Author","hidden":false},{"name":"B. Hidden","hidden":true}],
              "publishedAt":"2020-01-29T23:30:00.000-02:00","upvotes":3,
              "organization":{"name":"handle"}},
             {"title":"Second","summary":"S."}]
            """;

        var papers = await ReadTextAsync(json);

        Assert.Equal(2, papers.Count);
        var first = papers[0].Paper;
        Assert.Equal("2002.00741", first.ArxivId);
        Assert.Equal("First paper", first.Title);
        Assert.Equal("Line one line two.", first.Abstract);
        Assert.Equal(["A. Author", "B. Hidden"], first.Authors);
        Assert.Equal(2, first.AuthorCount);
        Assert.Equal(new DateOnly(2020, 1, 30), first.PublishedOn);
        Assert.Equal("handle", first.Organization);
        Assert.Null(first.DailyDate);
        Assert.Null(papers[1].Paper.ArxivId);
        Assert.Empty(papers[1].Paper.Authors);
        Assert.Null(papers[1].Paper.AuthorCount);
    }

    [Fact]
    public async Task ReadAsync_EmptyArray_NoPapers()
    {
        Assert.Empty(await ReadTextAsync(" [ ] "));
    }

    private static Task<List<ParsedPaper>> ReadFixtureAsync(string relative) =>
        ReadAsync(File.OpenRead(TestPaths.TestData(relative)), Path.GetFileName(relative));

    private static Task<List<ParsedPaper>> ReadTextAsync(string json) =>
        ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "papers.json");

    private static async Task<List<ParsedPaper>> ReadAsync(Stream stream, string fileName)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider());
        await using (stream)
        {
            var papers = new List<ParsedPaper>();
            await foreach (var paper in reader.ReadAsync(stream, fileName, CancellationToken.None))
            {
                papers.Add(paper);
            }

            return papers;
        }
    }
}
