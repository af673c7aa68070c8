using PaperBot.Core.Papers;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// Ingest (idempotent, merged by arXiv id or title, a bad file leaving nothing), <see cref="IPaperStore"/>, word search
/// and title autocomplete, the same on every provider. Rankings differ in their numbers between providers, so only
/// orders that any fair ranking gives are asserted.
/// </summary>
public abstract class PaperStoreContractTests : StoreContract, IDisposable
{
    private const string Flash = "FlashAttention: Fast and Memory-Efficient Exact Attention";
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;

    [Fact]
    public async Task IngestAsync_SameFileTwice_SecondSkippedAndNothingDoubled()
    {
        var file = Write("a.jsonl", File(Line("2205.14135", Flash, "We make attention IO-aware."), Line("2401.00001", "Quantized Models", "We quantize weights.")));

        var first = await Process.Ingestor.IngestAsync([file], CancellationToken.None);
        var second = await Process.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal((1, 0, 2, 2), (first.Ingested, first.Skipped, first.Entries, first.New));
        Assert.Equal((0, 1), (second.Ingested, second.Skipped));
        Assert.Equal(2, await Backend.CountAsync("papers"));
        Assert.Equal(1, await Backend.CountAsync("source_files"));
        Assert.True(await Process.Papers.HasIngestedAnyFileAsync(CancellationToken.None));
    }

    [Fact]
    public async Task IngestAsync_SamePaperInTwoFiles_OneRowWithTheRicherFieldsAndBothSources()
    {
        var a = Write("a.jsonl", File(Line("2205.14135", Flash, "Short.", categories: "cs.LG")));
        var b = Write("b.jsonl", File(Line("2205.14135", Flash, "A much longer abstract about IO-aware exact attention.", categories: "cs.LG cs.AI")));

        var report = await Process.Ingestor.IngestAsync([a, b], CancellationToken.None);
        var paper = await Process.Papers.FindAsync("2205.14135", CancellationToken.None);

        Assert.Equal((2, 1, 1), (report.Entries, report.New, report.Merged));
        Assert.NotNull(paper);
        Assert.Equal("A much longer abstract about IO-aware exact attention.", paper.Paper.Abstract);
        Assert.Equal(["cs.LG", "cs.AI"], paper.Paper.Categories);
        Assert.Equal(["Ada Lovelace", "Alan Turing"], paper.Paper.Authors);
        Assert.Equal([$"{a}:1", $"{b}:1"], paper.Sources);
    }

    [Fact]
    public async Task IngestAsync_SameTitleWithDifferentArxivIds_KeptApart()
    {
        var file = Write("a.jsonl", File(Line("2401.00001", "Scaling Laws", "First."), Line("2402.00002", "Scaling  laws", "Second.")));

        var report = await Process.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal((2, 0), (report.New, report.Merged));
        Assert.Equal(2, await Backend.CountAsync("papers"));
    }

    [Fact]
    public async Task IngestAsync_FileCutShortBesideAGoodOne_KeepsTheGoodOneAndNothingOfTheCutOne()
    {
        // Hugging Face's daily list cut after its second paper: the first two parse, then the JSON ends.
        var sample = System.IO.File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "hf", "hf_daily_papers_sample.json"));
        var cut = Write("cut.json", sample[..(sample.IndexOf("{\"paper\"", sample.IndexOf("{\"paper\"", 10, StringComparison.Ordinal) + 1, StringComparison.Ordinal) + 40)]);
        var good = Write("good.jsonl", File(Line("2401.00001", "Good Paper", "Fine.")));

        var report = await Process.Ingestor.IngestAsync([cut, good], CancellationToken.None);

        Assert.Equal((2, 1, 1), (report.Files, report.Ingested, report.Failed));
        Assert.Contains(report.Errors, e => e.Path == cut);
        Assert.Equal(["Good Paper"], (await Process.Search.CompleteTitleAsync("", 10, CancellationToken.None)).Select(t => t.Title));
        Assert.Equal(1, await Backend.CountAsync("source_files"));
    }

    [Fact]
    public async Task IngestAsync_BadLinesAmongGoodOnes_KeepsTheGoodAndNamesTheBad()
    {
        var file = Write("mixed.jsonl", File(Line("2401.00001", "Good Paper", "Fine."), "{not json", Line("2401.00002", "Another Good Paper", "Fine too.")));

        var report = await Process.Ingestor.IngestAsync([file], CancellationToken.None);

        Assert.Equal((1, 0, 2, 1), (report.Ingested, report.Failed, report.Entries, report.BadEntries));
        Assert.Contains(report.Errors, e => e.Path == file && e.Line == 2);
        Assert.Equal(2, await Backend.CountAsync("papers"));
    }

    [Fact]
    public async Task FindAsync_ByIdArxivUrlTitleOrTitleStart_TheSamePaper()
    {
        await IngestAsync(Line("2205.14135", Flash, "We make attention IO-aware."), Line("2401.00001", "Quantized Models", "We quantize."));
        var byArxiv = await Process.Papers.FindAsync("https://arxiv.org/abs/2205.14135v2", CancellationToken.None);

        var byId = await Process.Papers.FindAsync($"#{byArxiv!.Id}", CancellationToken.None);
        var byTitle = await Process.Papers.FindAsync("flashattention: fast and MEMORY-efficient exact attention", CancellationToken.None);
        var byStart = await Process.Papers.FindAsync("FlashAttention: Fast", CancellationToken.None);

        Assert.Equal(Flash, byArxiv.Paper.Title);
        Assert.Equal([byArxiv.Id, byArxiv.Id, byArxiv.Id], new[] { byId!.Id, byTitle!.Id, byStart!.Id });
        Assert.Null(await Process.Papers.GetAsync(byArxiv.Id + 1000, CancellationToken.None));
        Assert.Null(await Process.Papers.FindAsync("   ", CancellationToken.None));
    }

    [Fact]
    public async Task SearchAsync_WordInOneTitleAndAnotherAbstract_TheTitleFirst()
    {
        await IngestAsync(
            Line("2401.00001", "Efficient Transformers", "We study quantization of large language models at length."),
            Line("2401.00002", "Quantization for Transformers", "We study efficient inference of large language models at length."));

        var hits = await Process.Search.SearchAsync("quantization", 10, CancellationToken.None);

        Assert.Equal(["Quantization for Transformers", "Efficient Transformers"], hits.Select(h => h.Title));
        Assert.True(hits[0].Score > hits[1].Score);
        Assert.Equal("2401.00002", hits[0].ArxivId);
        Assert.Contains("inference", hits[0].Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_NoPaperHasEveryWord_PapersWithAnyWord()
    {
        await IngestAsync(Line("2401.00001", "Graph Networks", "Message passing."), Line("2401.00002", "Diffusion Models", "Denoising."));

        var all = await Process.Search.SearchAsync("graph networks", 10, CancellationToken.None);
        var any = await Process.Search.SearchAsync("graph diffusion", 10, CancellationToken.None);

        Assert.Equal(["Graph Networks"], all.Select(h => h.Title));
        Assert.Equal(["Diffusion Models", "Graph Networks"], any.Select(h => h.Title).Order());
    }

    [Theory]
    [InlineData("\"unbalanced quote")]
    [InlineData("a OR OR b AND")]
    [InlineData("NEAR(attention, 3)")]
    [InlineData("* - + : ^ ( ) { } [ ]")]
    [InlineData("'; DROP TABLE papers; --")]
    [InlineData("attention & | ! <-> :* \\")]
    [InlineData("🚀 ünïcode Ⅻ ﬁ")]
    [InlineData("the of and")]
    public async Task SearchAsync_AnyUserText_AnswersWithoutFailingOrChangingAnything(string query)
    {
        await IngestAsync(Line("2205.14135", Flash, "We make attention IO-aware."));

        var hits = await Process.Search.SearchAsync(query, 10, CancellationToken.None);
        var filtered = await Process.Search.SearchAsync(query, 10, new SearchFilter { Categories = ["cs."] }, CancellationToken.None);
        var titles = await Process.Search.CompleteTitleAsync(query, 10, CancellationToken.None);

        Assert.True(hits.Count <= 1 && filtered.Count <= 1 && titles.Count <= 1);
        Assert.Equal(1, await Backend.CountAsync("papers"));
    }

    [Fact]
    public async Task SearchAsync_VeryLongQuery_Answers()
    {
        await IngestAsync(Line("2205.14135", Flash, "We make attention IO-aware."));

        var hits = await Process.Search.SearchAsync("attention " + string.Concat(Enumerable.Repeat("word ", 2000)), 10, CancellationToken.None);

        Assert.Single(hits);
    }

    [Fact]
    public async Task SearchAsync_WithFilter_OnlyThePapersItLetsThrough()
    {
        await IngestAsync(
            Line("2401.00001", "Attention in Vision", "Attention for images.", categories: "cs.CV"),
            Line("2401.00002", "Attention in Language", "Attention for text.", categories: "cs.CL cs.LG"),
            Line("2401.00003", "Attention in Physics", "Attention for particles.", categories: "hep-th"));

        var exact = await Process.Search.SearchAsync("attention", 10, new SearchFilter { Categories = ["cs.CL"] }, CancellationToken.None);
        var prefix = await Process.Search.SearchAsync("attention", 10, new SearchFilter { Categories = ["cs."] }, CancellationToken.None);

        Assert.Equal(["Attention in Language"], exact.Select(h => h.Title));
        Assert.Equal(["cs.CL", "cs.LG"], exact[0].Categories);
        Assert.Equal(["Attention in Language", "Attention in Vision"], prefix.Select(h => h.Title).Order());
    }

    [Fact]
    public async Task CompleteTitleAsync_TitleStartsFirstThenTitlesWithWordsStartingSo()
    {
        await IngestAsync(
            Line("2401.00001", "Flash Decoding for Long Context", "Decoding."),
            Line("2401.00002", "Memory-Efficient Flash Attention Kernels", "Kernels."),
            Line("2401.00003", "Attention Is All You Need", "Flash is not in this title."));

        var matches = await Process.Search.CompleteTitleAsync("flash", 10, CancellationToken.None);
        var underscore = await Process.Search.CompleteTitleAsync("fl_sh", 10, CancellationToken.None);

        Assert.Equal(["Flash Decoding for Long Context", "Memory-Efficient Flash Attention Kernels"], matches.Select(m => m.Title));
        Assert.DoesNotContain(underscore, m => m.Title.StartsWith("Flash", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GetStatsAndCategories_CountWhatWasIngested()
    {
        await IngestAsync(
            Line("2401.00001", "One", "A.", categories: "cs.CL cs.LG"),
            Line("2401.00002", "Two", "B.", categories: "cs.LG"));

        var stats = await Process.Papers.GetStatsAsync(CancellationToken.None);
        var categories = await Process.Papers.GetCategoriesAsync(CancellationToken.None);

        Assert.Equal((2, 2, 1), (stats.Papers, stats.WithArxivId, stats.SourceFiles));
        Assert.True(stats.SchemaVersion > 0);
        Assert.Equal([new CategoryCount("cs.LG", 2), new CategoryCount("cs.CL", 1)], categories);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }

        GC.SuppressFinalize(this);
    }

    private async Task IngestAsync(params string[] lines)
    {
        var report = await Process.Ingestor.IngestAsync([Write($"{Guid.NewGuid():N}.jsonl", File(lines))], CancellationToken.None);
        Assert.Equal(0, report.Failed);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }
}
