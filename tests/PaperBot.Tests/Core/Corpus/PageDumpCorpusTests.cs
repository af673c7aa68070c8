using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>The five bundled page dumps, read the way the app reads them.</summary>
public sealed class PageDumpCorpusTests
{
    // Every page date in the bundled files has passed by then, so the year comes from the files alone.
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("000_653835f6b8514501.txt", 46)]
    [InlineData("001_6bca746acf7cc91f.txt", 93)]
    [InlineData("002_5c5b8a188f2c31ed.txt", 96)]
    [InlineData("003_59ee8f4c3f4c8708.txt", 91)]
    [InlineData("004_a6c1746509945aff.txt", 49)]
    public async Task ReadAsync_BundledFile_YieldsOneEntryPerAbstract(string file, int expected)
    {
        // Arrange: abstracts are the only lines over 400 characters, one per entry.
        var path = Path.Combine(TestPaths.CorpusDir, file);
        var abstracts = File.ReadLines(path).Count(l => l.Length > 400);

        // Act
        var papers = await ReadAsync(file);

        // Assert
        Assert.Equal(expected, abstracts);
        Assert.Equal(expected, papers.Count);
        Assert.All(papers, p => Assert.InRange(p.Paper.Abstract.Length, 401, int.MaxValue));
    }

    [Theory]
    [InlineData("000_653835f6b8514501.txt")]
    [InlineData("001_6bca746acf7cc91f.txt")]
    [InlineData("003_59ee8f4c3f4c8708.txt")]
    public async Task ReadAsync_BundledFile_LinePointsAtTheTitle(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(TestPaths.CorpusDir, file));

        var papers = await ReadAsync(file);

        Assert.All(papers, p => Assert.Equal(p.Paper.Title, lines[p.Line - 1]));
        Assert.Equal(papers.Count, papers.Select(p => p.Paper.Title).Count(t => lines.Contains(t)));
    }

    [Fact]
    public async Task ReadAsync_File004_FirstEntryHasAuthorsUpvotesAndInferredYear()
    {
        var papers = await ReadAsync("004_a6c1746509945aff.txt");

        var first = papers[0];
        Assert.Equal(13, first.Line);
        Assert.Equal("Efficient Generative Model Training via Embedded Representation Warmup", first.Paper.Title);
        Assert.StartsWith("Diffusion models excel at generating", first.Paper.Abstract, StringComparison.Ordinal);
        Assert.Equal(4, first.Paper.AuthorCount);
        Assert.Equal(2, first.Paper.Upvotes);
        Assert.Equal(new DateOnly(2025, 4, 14), first.Paper.PublishedOn);
        Assert.Equal(new DateOnly(2025, 12, 4), first.Paper.DailyDate);
        Assert.Null(first.Paper.Organization);
    }

    [Fact]
    public async Task ReadAsync_File004_ExplicitYearWithoutUpvotes()
    {
        var papers = await ReadAsync("004_a6c1746509945aff.txt");

        var paper = Find(papers, "Group DETR: Fast DETR Training with Group-Wise One-to-Many Assignment");
        Assert.Equal(10, paper.AuthorCount);
        Assert.Equal(new DateOnly(2022, 7, 26), paper.PublishedOn);
        Assert.Null(paper.Upvotes);
    }

    [Theory]
    [InlineData("MiniCPM4: Ultra-Efficient LLMs on End Devices", "OpenBMB", 2025, 6, 9, 5)]
    [InlineData("Sharing is Caring: Efficient LM Post-Training with Collective RL Experience Sharing", "Gensyn", 2025, 9, 10, 53)]
    [InlineData("RLinf-VLA: A Unified and Efficient Framework for VLA+RL Training", "RLinf", 2025, 10, 8, 2)]
    public async Task ReadAsync_File000_OrganisationLineGivesDisplayName(
        string title, string organization, int year, int month, int day, int upvotes)
    {
        var papers = await ReadAsync("000_653835f6b8514501.txt");

        var paper = Find(papers, title);
        Assert.Equal(organization, paper.Organization);
        Assert.Null(paper.AuthorCount);
        Assert.Equal(new DateOnly(year, month, day), paper.PublishedOn);
        Assert.Equal(upvotes, paper.Upvotes);
    }

    [Fact]
    public async Task ReadAsync_File000_EntryWithoutMetadataBeforeOneWithIt()
    {
        var papers = await ReadAsync("000_653835f6b8514501.txt");

        var rolling = papers[0].Paper;
        Assert.Equal("Rolling Forcing: Autoregressive Long Video Diffusion in Real Time", rolling.Title);
        Assert.Null(rolling.AuthorCount);
        Assert.Null(rolling.PublishedOn);
        Assert.Null(rolling.Upvotes);
        Assert.Equal(new DateOnly(2025, 12, 11), rolling.DailyDate);
        Assert.Equal(4, papers[1].Paper.AuthorCount);
        Assert.Equal(new DateOnly(2023, 9, 22), papers[1].Paper.PublishedOn);
    }

    [Fact]
    public async Task ReadAsync_File000_ExplicitLeapDayIsKept()
    {
        var papers = await ReadAsync("000_653835f6b8514501.txt");

        var paper = Find(papers, "ArCHer: Training Language Model Agents via Hierarchical Multi-Turn RL");
        Assert.Equal(new DateOnly(2024, 2, 29), paper.PublishedOn);
        Assert.Equal(5, paper.AuthorCount);
    }

    [Fact]
    public async Task ReadAsync_File003_LargeAuthorCountAndYearlessDate()
    {
        var papers = await ReadAsync("003_59ee8f4c3f4c8708.txt");

        var longCat = Find(papers, "LongCat-Flash Technical Report");
        Assert.Equal(182, longCat.AuthorCount);
        Assert.Equal(new DateOnly(2025, 9, 1), longCat.PublishedOn);
        Assert.Null(longCat.Upvotes);
        var ring = Find(papers, "Every Step Evolves: Scaling Reinforcement Learning for Trillion-Scale Thinking Model");
        Assert.Equal("inclusionAI", ring.Organization);
        Assert.Equal(3, ring.Upvotes);
        Assert.Equal(new DateOnly(2025, 11, 12), ring.DailyDate);
    }

    [Theory]
    [InlineData("001_6bca746acf7cc91f.txt", 3, 11)]
    [InlineData("002_5c5b8a188f2c31ed.txt", 3, 14)]
    public async Task ReadAsync_FileWithoutMetadata_OnlyTitleAbstractAndPageDate(string file, int month, int day)
    {
        var papers = await ReadAsync(file);

        // No printed years and Mar 2026 is still ahead of "today", so the page is from 2025.
        Assert.All(papers, p =>
        {
            Assert.Null(p.Paper.AuthorCount);
            Assert.Null(p.Paper.PublishedOn);
            Assert.Null(p.Paper.Upvotes);
            Assert.Null(p.Paper.Organization);
            Assert.Equal(new DateOnly(2025, month, day), p.Paper.DailyDate);
        });
    }

    private static Paper Find(List<ParsedPaper> papers, string title) => Assert.Single(papers, p => p.Paper.Title == title).Paper;

    private static async Task<List<ParsedPaper>> ReadAsync(string file)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), new FakeTimeProvider(Today));
        await using var stream = File.OpenRead(Path.Combine(TestPaths.CorpusDir, file));
        var papers = new List<ParsedPaper>();
        await foreach (var paper in reader.ReadAsync(stream, file, CancellationToken.None))
        {
            papers.Add(paper);
        }

        return papers;
    }
}
