using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Formatting;

/// <summary>Whatever the corpus holds, replies stay within Discord's limits and never ping anyone.</summary>
public sealed class PaperMessagesTests
{
    private static readonly string Huge = string.Join(' ', Enumerable.Repeat("@everyone transformers", 900));

    [Fact]
    public void SearchResults_HugeTitlesAndSnippets_FitEveryLimit()
    {
        var hits = Enumerable.Range(1, 10).Select(i => new PaperHit(i, Huge, $"2401.{i:00000}", new DateOnly(2024, 1, 2), 7, 1, Huge)).ToList();

        var reply = PaperMessages.SearchResults("@everyone query", hits, 0, hasMore: true);

        AssertWithinLimits(reply);
        var rows = reply.Components!;
        Assert.Equal(5, rows.Count);
        Assert.Equal("More results", rows[^1].Components![^1].Label);
    }

    [Fact]
    public void SearchResults_SamePaperTwice_EveryCustomIdOnce()
    {
        var hit = new PaperHit(3, "Twice", "2401.00003", null, null, 1, "s");

        var reply = PaperMessages.SearchResults("q", [hit, hit, hit with { Id = 4 }], 0, hasMore: false);

        var ids = reply.Components!.SelectMany(r => r.Components!).Select(b => b.CustomId).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("sum:4", ids);
    }

    [Theory]
    [InlineData("2401.12345", "https://arxiv.org/abs/2401.12345")]
    [InlineData("hep-th/9901001", "https://arxiv.org/abs/hep-th/9901001")]
    [InlineData("not an id)", null)]
    [InlineData("2401.1234 5", null)]
    public void HitEmbed_ArxivIdChecked_BadOnesGetNoLink(string arxivId, string? expected)
    {
        var embed = PaperMessages.HitEmbed(new PaperHit(1, "T", arxivId, null, null, 1, "s"), 1);

        Assert.Equal(expected, embed.Url);
    }

    [Fact]
    public void SearchResults_None_IsAPrivateHint()
    {
        var reply = PaperMessages.SearchResults("nothing", [], 0, hasMore: false);

        Assert.True(reply.Ephemeral);
        Assert.Contains("No papers match", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Paper_WithLinks_HasArxivUrlAndPdfAndCodeButtons()
    {
        var paper = new StoredPaper(7, new Paper { Title = "FlashAttention", Abstract = Huge, ArxivId = "2205.14135", GithubUrl = "https://github.com/Dao-AILab/flash-attention", Authors = ["Tri Dao"] }, []);

        var reply = PaperMessages.Paper(paper);

        AssertWithinLimits(reply);
        var embed = Assert.Single(reply.Embeds!);
        Assert.Equal("https://arxiv.org/abs/2205.14135", embed.Url);
        var buttons = reply.Components![0].Components!;
        Assert.Contains(buttons, b => b.CustomId == "sum:7");
        Assert.Contains(buttons, b => b.CustomId == "card:7");
        Assert.Contains(buttons, b => b.CustomId == "sim:7");
        Assert.Equal(DiscordLimits.ButtonsPerRow, buttons.Count);
        Assert.Contains(buttons, b => b.Url == "https://arxiv.org/pdf/2205.14135");
        Assert.Contains(buttons, b => b.Url == "https://github.com/Dao-AILab/flash-attention");
    }

    [Fact]
    public void Summary_TlDr_OffersTheCardOfTheSamePaper()
    {
        var reply = PaperMessages.Summary(new PaperSummary(7, "FlashAttention", SummaryStyle.TlDr, "Exact attention, faster.", AnswerMode.Offline), "2205.14135");

        Assert.Equal(["sim:7", "card:7", "save:7"], reply.Components!.SelectMany(r => r.Components!).Select(b => b.CustomId));
        Assert.StartsWith("Summary: ", reply.Embeds![0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Summary_HugeCard_FitsAndOffersNoSecondCard()
    {
        var text = $"Problem: {Huge}\nMethod: {Huge}\nResults: {Huge}\nLimitations: not stated in the abstract";

        var reply = PaperMessages.Summary(new PaperSummary(7, Huge, SummaryStyle.Card, text, AnswerMode.Model), null);

        AssertWithinLimits(reply);
        Assert.StartsWith("Paper card: ", reply.Embeds![0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Problem: ", reply.Embeds[0].Description, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Components!.SelectMany(r => r.Components!), b => b.CustomId == "card:7");
    }

    [Fact]
    public void Paper_NonWebCodeUrl_IsLeftOut()
    {
        var paper = new StoredPaper(7, new Paper { Title = "T", Abstract = "A.", GithubUrl = "javascript:alert(1)" }, []);

        var reply = PaperMessages.Paper(paper);

        Assert.DoesNotContain(reply.Components![0].Components!, b => b.Url is not null);
    }

    [Fact]
    public void Answer_LongWithCitations_SplitsAndPutsSourcesLast()
    {
        var citations = Enumerable.Range(1, 8).Select(i => new Citation(i, $"Paper {i}", $"https://arxiv.org/abs/2401.0000{i}")).ToList();
        var answer = new AssistantAnswer(Huge, citations, AnswerMode.Offline);

        var payloads = PaperMessages.Answer(answer).ToPayloads();

        Assert.True(payloads.Count > 1);
        Assert.All(payloads, p => Assert.True(p.Content!.Length <= DiscordLimits.Content));
        Assert.All(payloads, p => Assert.Empty(p.AllowedMentions.Parse));
        Assert.Null(payloads[0].Embeds);
        Assert.Equal("Sources", Assert.Single(payloads[^1].Embeds!).Title);
        Assert.Equal(5, payloads[^1].Components![0].Components!.Count);
    }

    [Fact]
    public void HighlightsPost_EmptyDay_SaysNothingNew()
    {
        var reply = HighlightMessages.Post(new HighlightPost(new DateOnly(2026, 11, 20), "rl", []));

        Assert.Contains("nothing new", reply.Content, StringComparison.Ordinal);
        Assert.Contains("\"rl\"", reply.Content, StringComparison.Ordinal);
        Assert.Contains("20 November 2026", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void HighlightsPost_TenPapers_FitsAndHasButtons()
    {
        var items = Enumerable.Range(1, 10).Select(i => new HighlightItem(i, Huge, Huge, i, $"2611.{i:00000}", null)).ToList();

        var reply = HighlightMessages.Post(new HighlightPost(new DateOnly(2026, 11, 20), null, items));

        AssertWithinLimits(reply);
        Assert.Equal(5, reply.Components!.Count);
        Assert.Equal(["save:1", "save:2", "save:3", "save:4", "save:5"], SaveIds(reply));
    }

    [Fact]
    public void EveryPaperMessage_OffersSaveForEachPaperShownWithinTheLimits()
    {
        var hits = Enumerable.Range(1, 5).Select(i => new PaperHit(i, $"Paper {i}", $"2401.0000{i}", null, null, 1, "s")).ToList();
        var stored = new StoredPaper(9, new Paper { Title = "GPipe", Abstract = "a", ArxivId = "1811.06965", GithubUrl = "https://github.com/x/y" }, []);
        var answer = new AssistantAnswer("text", [.. hits.Select(h => new Citation(h.Id, h.Title, null))], AnswerMode.Offline);

        var paper = PaperMessages.Paper(stored);
        var search = PaperMessages.SearchResults("q", hits, 0, hasMore: true);
        var related = PaperMessages.Related(stored, hits);
        var sources = PaperMessages.Answer(answer);

        Assert.Equal(["save:9"], SaveIds(paper));
        Assert.Equal(5, paper.Components![0].Components!.Count);
        Assert.Equal(["save:1", "save:2", "save:3", "save:4", "save:5"], SaveIds(search));
        Assert.Equal(["Summarize 5", "Similar to 5", "Save 5", "More results"], search.Components![^1].Components!.Select(b => b.Label));
        Assert.Equal(["save:1", "save:2", "save:3", "save:4", "save:5"], SaveIds(related));
        Assert.Equal(["save:1", "save:2", "save:3", "save:4", "save:5"], SaveIds(sources));
        foreach (var reply in new[] { paper, search, related, sources })
        {
            AssertWithinLimits(reply);
            Assert.All(reply.Components!, row => Assert.InRange(row.Components!.Count, 1, 5));
        }
    }

    private static List<string?> SaveIds(Reply reply) =>
        [.. reply.Components!.SelectMany(r => r.Components!).Select(b => b.CustomId).Where(id => id?.StartsWith("save:", StringComparison.Ordinal) == true)];

    internal static void AssertWithinLimits(Reply reply)
    {
        foreach (var payload in reply.ToPayloads())
        {
            Assert.True((payload.Content?.Length ?? 0) <= DiscordLimits.Content);
            Assert.Empty(payload.AllowedMentions.Parse);
            var embeds = payload.Embeds ?? [];
            Assert.True(embeds.Count <= DiscordLimits.EmbedsPerMessage);
            Assert.True(EmbedBudget.Total(embeds) <= DiscordLimits.EmbedTotal);
            foreach (var embed in embeds)
            {
                Assert.True((embed.Title?.Length ?? 0) <= DiscordLimits.EmbedTitle);
                Assert.True((embed.Description?.Length ?? 0) <= DiscordLimits.EmbedDescription);
                Assert.All(embed.Fields ?? [], f => Assert.True(f.Name.Length <= DiscordLimits.FieldName && f.Value.Length <= DiscordLimits.FieldValue));
            }

            var rows = payload.Components ?? [];
            Assert.True(rows.Count <= 5);
            foreach (var button in rows.SelectMany(r => r.Components ?? []))
            {
                Assert.True((button.Label?.Length ?? 0) <= DiscordLimits.ButtonLabel);
                Assert.True(button.Style == Component.LinkStyle ? button.Url is not null : button.CustomId is { Length: > 0 and <= 100 });
            }
        }
    }
}
