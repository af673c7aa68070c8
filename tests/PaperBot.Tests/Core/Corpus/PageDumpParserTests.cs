using System.Text;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

/// <summary>Page dumps written by the tests, for the shapes and year rules the bundled files do not pin down.</summary>
public sealed class PageDumpParserTests
{
    private static readonly DateTimeOffset Today = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly string Abstract = string.Join(' ', Enumerable.Repeat("We study efficient training.", 20));

    [Fact]
    public async Task ReadAsync_PageYearOption_DatesYearlessEntriesAndPage()
    {
        var dump = Dump("Dec 11", Entry("A", "  • 4 authors", "·", "Apr 14 2"), Entry("B", "  • 1 author", "·", "Jul 26, 2022"));

        var papers = await ReadAsync(dump, new CorpusReaderOptions { PageYear = 2023 });

        Assert.Equal(new DateOnly(2023, 4, 14), papers[0].Paper.PublishedOn);
        Assert.Equal(new DateOnly(2023, 12, 11), papers[0].Paper.DailyDate);
        Assert.Equal(1, papers[1].Paper.AuthorCount);
        Assert.Equal(new DateOnly(2022, 7, 26), papers[1].Paper.PublishedOn);
    }

    [Fact]
    public async Task ReadAsync_ExplicitYears_PageIsTheYearAfterTheLargest()
    {
        var dump = Dump("Jun 1", Entry("A", "  • 2 authors", "·", "Jul 26, 2019"), Entry("B", "  • 3 authors", "·", "Oct 20"),
            Entry("C", "  • 3 authors", "·", "Nov 27, 2020 2"));

        var papers = await ReadAsync(dump);

        Assert.Equal(new DateOnly(2021, 10, 20), papers[1].Paper.PublishedOn);
        Assert.Equal(new DateOnly(2021, 6, 1), papers[1].Paper.DailyDate);
        Assert.Equal(2, papers[2].Paper.Upvotes);
    }

    [Fact]
    public async Task ReadAsync_StreamCannotSeek_ExplicitYearsUnknownSoLatestPastYear()
    {
        var dump = Dump("Jun 1", Entry("A", "  • 2 authors", "·", "Jul 26, 2020"), Entry("B", "  • 3 authors", "·", "Oct 20"));

        var papers = await ReadAsync(dump, seekable: false);

        Assert.Equal(new DateOnly(2025, 6, 1), papers[0].Paper.DailyDate);
        Assert.Equal(new DateOnly(2025, 10, 20), papers[1].Paper.PublishedOn);
        Assert.Equal(new DateOnly(2020, 7, 26), papers[0].Paper.PublishedOn);
    }

    [Fact]
    public async Task ReadAsync_ExplicitYearsPointAtTheFuture_LatestYearNotAfterToday()
    {
        var dump = Dump("Dec 11", Entry("A", "  • 2 authors", "·", "Jan 5, 2025"));

        var papers = await ReadAsync(dump);

        Assert.Equal(new DateOnly(2025, 12, 11), papers[0].Paper.DailyDate);
    }

    [Fact]
    public async Task ReadAsync_YearlessLeapDayInYearWithout_PublishedOnNullRestKept()
    {
        var dump = Dump("Mar 3", Entry("A", "  • 2 authors", "·", "Feb 29 3"));

        var papers = await ReadAsync(dump, new CorpusReaderOptions { PageYear = 2025 });

        var paper = Assert.Single(papers).Paper;
        Assert.Null(paper.PublishedOn);
        Assert.Equal(3, paper.Upvotes);
        Assert.Equal(2, paper.AuthorCount);
    }

    [Fact]
    public async Task ReadAsync_PageDateWithYear_UsesThatYear()
    {
        var dump = Dump("Dec 11, 2023", Entry("A", "  • 2 authors", "·", "Apr 2"));

        var papers = await ReadAsync(dump, new CorpusReaderOptions { PageYear = 2020 });

        Assert.Equal(new DateOnly(2023, 12, 11), papers[0].Paper.DailyDate);
        Assert.Equal(new DateOnly(2023, 4, 2), papers[0].Paper.PublishedOn);
    }

    [Fact]
    public async Task ReadAsync_OrganisationAndBareSeparator_BothRead()
    {
        var dump = Dump("Dec 11", Entry("A", "huggingface Hugging Face", "·", "Sep 10 53"), Entry("B", "·", "Oct 1"), Entry("C"));

        var papers = await ReadAsync(dump, new CorpusReaderOptions { PageYear = 2025 });

        Assert.Equal(["A", "B", "C"], papers.Select(p => p.Paper.Title));
        Assert.Equal("Hugging Face", papers[0].Paper.Organization);
        Assert.Equal(53, papers[0].Paper.Upvotes);
        Assert.Null(papers[1].Paper.Organization);
        Assert.Equal(new DateOnly(2025, 10, 1), papers[1].Paper.PublishedOn);
        Assert.Null(papers[2].Paper.PublishedOn);
    }

    [Fact]
    public async Task ReadAsync_TitlesAndAbstracts_TrimmedAndLinesCounted()
    {
        var dump = Dump("Dec 11", ["  Spaced Title  ", "", "   " + Abstract + "   ", "", "", "Next", "", Abstract]);

        var papers = await ReadAsync(dump, new CorpusReaderOptions { PageYear = 2025 });

        Assert.Equal("Spaced Title", papers[0].Paper.Title);
        Assert.Equal(Abstract, papers[0].Paper.Abstract);
        Assert.Equal(7, papers[0].Line);
        Assert.Equal(12, papers[1].Line);
    }

    [Fact]
    public async Task ReadAsync_LongHeader_PageDateFoundWithinFortyLines()
    {
        var header = Enumerable.Range(0, 39).Select(i => $"header {i}").ToList();
        header.Add("Dec 11");
        var dump = string.Join('\n', header.Concat(Entry("A")));

        var papers = await ReadAsync(dump, new CorpusReaderOptions { PageYear = 2025 });

        Assert.Equal(41, Assert.Single(papers).Line);
    }

    private static string[] Entry(string title, params string[] metadata) =>
        [title, "", Abstract, "", .. metadata, ""];

    private static string Dump(string pageDate, params string[][] entries) =>
        string.Join('\n', new[] { "new", "", "Subscribe", "", pageDate, "" }.Concat(entries.SelectMany(e => e)));

    private static async Task<List<ParsedPaper>> ReadAsync(string text, CorpusReaderOptions? options = null, bool seekable = true)
    {
        var reader = new CorpusFileReader(options ?? new CorpusReaderOptions(), new FakeTimeProvider(Today));
        var bytes = Encoding.UTF8.GetBytes(text);
        await using Stream stream = seekable ? new MemoryStream(bytes) : new UnseekableStream(bytes);
        var papers = new List<ParsedPaper>();
        await foreach (var paper in reader.ReadAsync(stream, "dump.txt", CancellationToken.None))
        {
            papers.Add(paper);
        }

        return papers;
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
