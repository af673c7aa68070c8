using Microsoft.Extensions.Time.Testing;
using Moq;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Tests.Data;
using static PaperBot.Tests.Data.Search.CategorizedPapers;

namespace PaperBot.Tests.Discord.Commands;

/// <summary><c>/search</c> with its filters and their autocomplete, on a real store.</summary>
public sealed class SearchCommandTests : IDisposable
{
    private readonly TestStore _store = new(pageYear: 2025);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ExecuteAsync_CategoryAndDates_OnlyMatchingPapersAndMoreResultsKeepsTheFilter()
    {
        // Arrange: seven cs.LG papers of 2024, and one of 2023 and one in stat.ML that the filter must keep out.
        await AddAsync(_store, [
            .. Enumerable.Range(1, 7).Select(i => new Entry($"Attention Study {i}", $"Attention, part {i}. " + Filler, "cs.LG", $"2024-0{i}-01")),
            new Entry("Attention Old", "Attention, old. " + Filler, "cs.LG", "2023-06-01"),
            new Entry("Attention Stats", "Attention, stats. " + Filler, "stat.ML", "2024-06-01")]);
        var command = Command();

        // Act
        var first = await command.ExecuteAsync(Invocation(("query", "attention"), ("category", "cs.lg"), ("since", "2024")), CancellationToken.None);
        var more = first.Components!.SelectMany(r => r.Components!).Single(b => b.Label == "More results");
        var second = await new ButtonHandler(_store.Store, _store.Search, Mock.Of<ISummarizer>(), Mock.Of<ISimilarPapers>())
            .HandleAsync(new CommandInvocation(Interactions.Interactions.Button(more.CustomId!)), CancellationToken.None);

        // Assert
        Assert.Equal("Papers for \"attention\" in cs.LG, since 2024-01-01 (1-5):", first.Content);
        Assert.StartsWith("mf:5:cs.LG;20240101;:attention", more.CustomId, StringComparison.Ordinal);
        var titles = first.Embeds!.Concat(second.Embeds!).Select(e => e.Title!).ToList();
        Assert.Equal(7, titles.Count);
        Assert.All(titles, t => Assert.Contains("Attention Study", t, StringComparison.Ordinal));
        Assert.All(first.Embeds!, e => Assert.EndsWith(" · cs.LG", e.Footer!.Text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("since", "last tuesday", "since must be a date like 2024-05-01, 2024-05 or 2024.")]
    [InlineData("until", "2024-02-30", "until must be a date like 2024-12-31, 2024-12 or 2024.")]
    [InlineData("category", "cs.LGG", "Unknown category \"cs.LGG\": the closest the corpus has are cs.LG, stat.ML.")]
    public async Task ExecuteAsync_BadFilter_OneLineEphemeralError(string option, string value, string expected)
    {
        await AddAsync(_store, new Entry("Attention", "Attention. " + Filler, "cs.LG", "2024-01-01"), new Entry("Stats", "Stats. " + Filler, "stat.ML", null));

        var reply = await Command().ExecuteAsync(Invocation(("query", "attention"), (option, value)), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal(expected, reply.Content);
    }

    [Fact]
    public async Task ExecuteAsync_FilterLeavesNothing_SaysSoWithTheFilter()
    {
        await AddAsync(_store, new Entry("Attention", "Attention. " + Filler, "cs.LG", "2024-01-01"));

        var reply = await Command().ExecuteAsync(Invocation(("query", "attention"), ("until", "2023")), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal("No papers until 2023-12-31 match \"attention\". Try fewer words or a wider filter.", reply.Content);
    }

    [Fact]
    public async Task CompleteAsync_Category_MatchingCategoriesMostPapersFirstWithCounts()
    {
        await AddAsync(_store,
            new Entry("A", "Words. " + Filler, "cs.CL cs.LG", null),
            new Entry("B", "Words. " + Filler, "cs.LG", null),
            new Entry("C", "Words. " + Filler, "stat.ML", null));

        var all = await Complete("category", "");
        var typed = await Complete("category", "cs.CL, c");

        Assert.Equal(["cs.LG (2)", "cs.CL (1)", "stat.ML (1)"], all.Select(c => c.Name));
        Assert.Equal(["cs.LG", "cs.CL", "stat.ML"], all.Select(c => c.Value));
        Assert.Equal(["cs.CL,cs.LG"], typed.Select(c => c.Value));
        Assert.Equal("cs.CL,cs.LG (2)", typed[0].Name);
    }

    [Fact]
    public async Task CompleteAsync_Categories_ReadOnceThenKeptForAWhile()
    {
        var store = new Mock<IPaperStore>();
        store.Setup(s => s.GetCategoriesAsync(It.IsAny<CancellationToken>())).ReturnsAsync([new CategoryCount("cs.LG", 3)]);
        var choices = new SearchFilterChoices(store.Object, _time);

        await choices.CompleteCategoryAsync("c", CancellationToken.None);
        await choices.CompleteCategoryAsync("cs", CancellationToken.None);
        _time.Advance(SearchFilterChoices.CategoriesKept);
        await choices.CompleteCategoryAsync("cs.", CancellationToken.None);

        store.Verify(s => s.GetCategoriesAsync(It.IsAny<CancellationToken>()), Times.Exactly(2));
    }

    [Fact]
    public async Task CompleteAsync_Dates_RelativeRangesAsConcreteDaysAndTypedDatesExplained()
    {
        var since = await Complete("since", "");
        var until = await Complete("until", "2024-02");
        var month = await Complete("since", "month");

        Assert.Equal(["past week (from 2026-11-30)", "past month (from 2026-11-07)", "past year (from 2025-12-07)", "this year (from 2026-01-01)"], since.Select(c => c.Name));
        Assert.Equal(["2026-11-30", "2026-11-07", "2025-12-07", "2026-01-01"], since.Select(c => c.Value));
        Assert.Equal(("2024-02 (to 2024-02-29)", "2024-02"), (until[0].Name, until[0].Value));
        Assert.Equal("past month (from 2026-11-07)", Assert.Single(month).Name);
    }

    public void Dispose() => _store.Dispose();

    private SearchCommand Command() => new(_store.Search, new SearchFilterChoices(_store.Store, _time));

    private Task<IReadOnlyList<PaperBot.Discord.Models.AutocompleteChoice>> Complete(string option, string typed) =>
        Command().CompleteAsync(new CommandInvocation(Interactions.Interactions.Autocomplete("search", option, typed)), CancellationToken.None);

    private static CommandInvocation Invocation(params (string Name, object Value)[] options) =>
        new(Interactions.Interactions.Command("search", options));
}
