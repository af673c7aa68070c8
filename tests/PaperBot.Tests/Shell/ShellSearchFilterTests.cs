using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Summaries;
using PaperBot.Shell;
using PaperBot.Tests.Data;
using PaperBot.Tests.Data.Search;
using static PaperBot.Tests.Data.Search.CategorizedPapers;

namespace PaperBot.Tests.Shell;

/// <summary><c>/search</c> with <c>--category</c>, <c>--since</c>, <c>--until</c>, on a real store.</summary>
public sealed class ShellSearchFilterTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);

    [Fact]
    public async Task HandleAsync_SearchWithFilters_OnlyMatchingPapersWithCategoriesShown()
    {
        await AddCorpusAsync();
        var output = new StringWriter();

        await Shell().HandleAsync("/search --category cs.LG attention --since=2024 --until 2024-12", output, CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("Attention for Translation", text, StringComparison.Ordinal);
        Assert.Contains(" · cs.CL cs.LG", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Attention and Statistics", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Attention in Vision", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search attention --since yesterday", "--since must be a date like 2024-05-01, 2024-05 or 2024.")]
    [InlineData("/search attention --since 2025 --until 2024", "--since (2025-01-01) is after --until (2024-12-31): swap them or widen the range.")]
    [InlineData("/search attention --category cs.CLL", "Unknown category \"cs.CLL\": the closest the corpus has are cs.CL, cs.LG, cs.CV.")]
    [InlineData("/search attention --category", "--category needs a value, e.g. --category cs.CL,cs.LG")]
    [InlineData("/search --since 2024", "Usage: /search WORDS [--category CATS] [--since DATE] [--until DATE]")]
    public async Task HandleAsync_BadFilter_OneLineSaysWhatToDo(string line, string expected)
    {
        await AddCorpusAsync();
        var output = new StringWriter();

        await Shell().HandleAsync(line, output, CancellationToken.None);

        Assert.StartsWith(expected, output.ToString(), StringComparison.Ordinal);
        Assert.Single(output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("flash attention", "flash attention", null, null, null)]
    [InlineData("--CATEGORY=cs.CL flash --until 2024", "flash", "cs.CL", null, "2024")]
    [InlineData("a --since 2024-05 b", "a b", null, "2024-05", null)]
    public void Parse_OptionsAnywhere_TakenOutOfTheWords(string argument, string query, string? category, string? since, string? until)
    {
        var (words, filter, error) = ShellSearchArguments.Parse(argument);

        Assert.Null(error);
        Assert.Equal(query, words);
        Assert.Equal((category, since, until), (filter.Categories, filter.Since, filter.Until));
    }

    [Fact]
    public void Help_DocumentsTheSearchFilters()
    {
        Assert.Contains("/search WORDS [--category CATS] [--since DATE] [--until DATE]", ShellCommand.Help, StringComparison.Ordinal);
    }

    public void Dispose() => _store.Dispose();

    private Task<Dictionary<string, long>> AddCorpusAsync() => AddAsync(_store,
        new Entry("Attention for Translation", "Attention helps translation. " + Filler, "cs.CL cs.LG", "2024-03-10"),
        new Entry("Attention in Vision", "Attention for images. " + Filler, "cs.CV", "2024-07-01"),
        new Entry("Attention and Statistics", "Attention, a statistical view. " + Filler, "stat.ML cs.LG", "2023-12-31"));

    private LocalShell Shell() => new(
        _store.Search,
        _store.Store,
        Mock.Of<IAssistant>(),
        Mock.Of<ISummarizer>(),
        _store.Similar,
        Mock.Of<IHighlightBuilder>(),
        new ShellSubscriptions(Mock.Of<ISubscriptionStore>()));
}
