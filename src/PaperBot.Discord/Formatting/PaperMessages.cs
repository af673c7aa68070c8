using System.Globalization;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Library;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Formatting;

/// <summary>Papers, summaries and answers as Discord replies: embeds with links, and the Summarize / Card / Similar / Save / More buttons.</summary>
internal static class PaperMessages
{
    public const int PageSize = 5;
    private const int Accent = 0xFFB000;

    public static Reply SearchResults(string query, IReadOnlyList<PaperHit> hits, int offset, bool hasMore, SearchFilter? filter = null)
    {
        filter ??= SearchFilter.None;
        var narrowed = FilterText(filter);
        if (hits.Count == 0)
        {
            return Reply.Private(offset == 0
                ? filter.IsEmpty
                    ? $"No papers match \"{Text.Cut(query, 200)}\". Try fewer or different words."
                    : $"No papers {narrowed} match \"{Text.Cut(query, 200)}\". Try fewer words or a wider filter."
                : "No more results.");
        }

        var embeds = hits.Select((hit, i) => HitEmbed(hit, offset + i + 1)).ToList();
        // A custom_id may appear once per message: a paper listed twice gets buttons once.
        var ranked = Ranked(hits, h => h.Id).ToList();
        Component[] Buttons(int rank, long id) =>
        [
            Component.Button($"Summarize {offset + rank}", ButtonIds.Summarize(id)),
            Component.Button($"Similar to {offset + rank}", ButtonIds.Similar(id)),
            Component.Button($"Save {offset + rank}", LibraryButtonIds.Save(id)),
        ];
        var rows = ranked.Take(4).Select(x => Component.Row(Buttons(x.Rank, x.Item.Id))).ToList();

        // Discord allows five rows: a fifth paper shares the last one with "More results" (four buttons of five).
        var last = ranked.Skip(4).Take(1).SelectMany(x => Buttons(x.Rank, x.Item.Id)).ToList();
        if (hasMore)
        {
            last.Add(Component.Button("More results", ButtonIds.More(offset + hits.Count, query, filter), Component.PrimaryStyle));
        }

        if (last.Count > 0)
        {
            rows.Add(Component.Row(last));
        }

        var heading = $"Papers for \"{Text.Cut(query, 200)}\"{(filter.IsEmpty ? "" : " " + narrowed)} ({offset + 1}-{offset + hits.Count}):";
        return new Reply(heading, embeds, rows) { ShownPaperIds = [.. hits.Select(h => h.Id)] };
    }

    public static Reply Related(StoredPaper paper, IReadOnlyList<PaperHit> hits)
    {
        if (hits.Count == 0)
        {
            return Reply.Private($"Nothing in the corpus is close to \"{Text.Cut(paper.Paper.Title, 200)}\".");
        }

        var embeds = hits.Select((hit, i) => HitEmbed(hit, i + 1, similarity: true)).ToList();
        var ranked = Ranked(hits, h => h.Id).Take(DiscordLimits.ButtonsPerRow).ToList();
        var summarize = Component.Row([.. ranked.Select(x => Component.Button($"Summarize {x.Rank}", ButtonIds.Summarize(x.Item.Id)))]);
        return new Reply($"Related to **{Text.Escape(Text.Cut(paper.Paper.Title, 300))}**:", embeds, [summarize, SaveRow(ranked.Select(x => (x.Item.Id, $"Save {x.Rank}")))])
        {
            ShownPaperIds = [.. hits.Select(h => h.Id)],
        };
    }

    public static Reply Paper(StoredPaper stored)
    {
        var paper = stored.Paper;
        var links = PaperLinks.For(paper.ArxivId, paper.GithubUrl);
        var fields = new List<EmbedField>();
        var authors = paper.Authors.Count > 0
            ? string.Join(", ", paper.Authors.Take(8)) + (paper.Authors.Count > 8 ? $" and {paper.Authors.Count - 8} more" : "")
            : paper.AuthorCount is { } count ? $"{count} authors" : null;
        AddField(fields, "Authors", authors);
        AddField(fields, "Organization", paper.Organization);
        AddField(fields, "Published", paper.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), inline: true);
        AddField(fields, "Upvotes", paper.Upvotes?.ToString(CultureInfo.InvariantCulture), inline: true);
        AddField(fields, "Categories", paper.Categories.Count > 0 ? string.Join(' ', paper.Categories) : null, inline: true);
        AddField(fields, "Links", links.Markdown());
        var embed = new Embed
        {
            Title = Text.Cut(paper.Title, DiscordLimits.EmbedTitle),
            Url = links.Arxiv ?? links.HuggingFace,
            Description = Text.Cut(paper.Abstract, 1800),
            Fields = fields,
            Color = Accent,
            Footer = new EmbedFooter($"Paper #{stored.Id}"),
        };
        Component[] rows = [Actions(stored.Id, links), Component.Row(Component.Button("Save to my library", LibraryButtonIds.Save(stored.Id)))];
        return new Reply(null, [embed], rows) { ShownPaperIds = [stored.Id] };
    }

    public static Reply Summary(PaperSummary summary, string? arxivId)
    {
        var footer = summary.Mode == AnswerMode.Offline ? "Extractive summary (offline: quoted from the abstract)" : "Summary written by the language model";
        if (summary.Notice is { } notice)
        {
            footer += " · " + notice;
        }

        var links = PaperLinks.For(arxivId);
        var embed = new Embed
        {
            Title = Text.Cut($"{(summary.Style == SummaryStyle.Card ? "Paper card" : "Summary")}: {summary.Title}", DiscordLimits.EmbedTitle),
            Url = links.Arxiv,
            Description = Text.Cut(summary.Text, DiscordLimits.EmbedDescription),
            Color = Accent,
            Footer = new EmbedFooter(Text.Cut(footer, DiscordLimits.Footer)),
        };
        // A card under any other summary: the same paper in four labelled parts is one click away.
        var buttons = new List<Component> { Component.Button("Similar papers", ButtonIds.Similar(summary.PaperId)) };
        if (summary.Style != SummaryStyle.Card)
        {
            buttons.Add(Component.Button("Card", ButtonIds.Card(summary.PaperId)));
        }

        buttons.Add(Component.Button("Save", LibraryButtonIds.Save(summary.PaperId)));

        return new Reply(null, [embed], [Component.Row(buttons)]) { ShownPaperIds = [summary.PaperId] };
    }

    /// <summary>An answer: its text (split if long), then the cited papers as one embed of links.</summary>
    public static Reply Answer(AssistantAnswer answer)
    {
        var text = answer.Text;
        if (answer.Mode == AnswerMode.Offline)
        {
            text += "\n-# Offline answer, quoted from the best-matching abstracts.";
        }

        if (answer.Notice is { } notice)
        {
            text += $"\n-# {notice}";
        }

        if (answer.Citations.Count == 0)
        {
            return new Reply(text);
        }

        var lines = answer.Citations.Select((c, i) => $"[{i + 1}] " + (c.Url is null ? Text.Escape(c.Title) : $"[{Text.Escape(Text.Cut(c.Title, 150))}]({c.Url})") + $" (#{c.Id})");
        var sources = new Embed { Title = "Sources", Description = Text.Cut(string.Join('\n', lines), DiscordLimits.EmbedDescription), Color = Accent };
        var cited = Ranked(answer.Citations, c => c.Id).Take(DiscordLimits.ButtonsPerRow).ToList();
        var summarize = Component.Row([.. cited.Select(x => Component.Button($"Summarize [{x.Rank}]", ButtonIds.Summarize(x.Item.Id)))]);
        return new Reply(text, [sources], [summarize, SaveRow(cited.Select(x => (x.Item.Id, $"Save [{x.Rank}]")))])
        {
            ShownPaperIds = [.. answer.Citations.Select(c => c.Id)],
        };
    }

    /// <param name="similarity">For related papers: the score is a similarity (0-1), shown as a percentage.</param>
    public static Embed HitEmbed(PaperHit hit, int rank, bool similarity = false)
    {
        var links = PaperLinks.For(hit.ArxivId);
        var facts = new List<string> { $"#{hit.Id}" };
        if (similarity)
        {
            facts.Add(Similarity(hit.Score));
        }

        if (hit.PublishedOn is { } date)
        {
            facts.Add(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (hit.Upvotes is { } upvotes)
        {
            facts.Add($"▲ {upvotes}");
        }

        if (hit.Categories.Count > 0)
        {
            facts.Add(string.Join(' ', hit.Categories));
        }

        var description = Text.Cut(hit.Snippet, 600);
        var linkLine = links.Markdown();
        return new Embed
        {
            Title = Text.Cut($"{rank}. {hit.Title}", DiscordLimits.EmbedTitle),
            Url = links.Arxiv,
            Description = linkLine.Length == 0 ? description : $"{description}\n{linkLine}",
            Color = Accent,
            Footer = new EmbedFooter(string.Join(" · ", facts)),
        };
    }

    /// <summary>
    /// Items with their 1-based rank, each paper once: a custom_id may appear only once in a message, and Discord
    /// refuses the whole message otherwise.
    /// </summary>
    internal static IEnumerable<(T Item, int Rank)> Ranked<T>(IEnumerable<T> items, Func<T, long> paperId) =>
        items.Select((item, i) => (Item: item, Rank: i + 1)).DistinctBy(x => paperId(x.Item));

    /// <summary>A row of Save buttons, one per paper (five at most, a row's limit): each saves to the clicker's library.</summary>
    internal static Component SaveRow(IEnumerable<(long PaperId, string Label)> papers) =>
        Component.Row([.. papers.Take(DiscordLimits.ButtonsPerRow).Select(p => Component.Button(p.Label, LibraryButtonIds.Save(p.PaperId)))]);

    /// <summary>Summarize, Card, Similar, PDF and Code: five, the most a row holds; another button needs a second row.</summary>
    private static Component Actions(long paperId, PaperLinks links)
    {
        var buttons = new List<Component>
        {
            Component.Button("Summarize", ButtonIds.Summarize(paperId), Component.PrimaryStyle),
            Component.Button("Card", ButtonIds.Card(paperId)),
            Component.Button("Similar", ButtonIds.Similar(paperId)),
        };
        if (links.Pdf is { } pdf)
        {
            buttons.Add(Component.Link("PDF", pdf));
        }

        if (links.Code is { } code)
        {
            buttons.Add(Component.Link("Code", code));
        }

        return Component.Row(buttons);
    }

    private static void AddField(List<EmbedField> fields, string name, string? value, bool inline = false)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add(new EmbedField(name, Text.Cut(value, DiscordLimits.FieldValue), inline ? true : null));
        }
    }

    /// <summary>A filter as a member reads it: "in cs.CL or cs.LG, from 2024-01-01 to 2024-12-31".</summary>
    internal static string FilterText(SearchFilter filter)
    {
        var parts = new List<string>();
        if (filter.Categories.Count > 0)
        {
            parts.Add("in " + string.Join(" or ", filter.Categories.Select(c => c.EndsWith('.') ? c + "*" : c)));
        }

        var day = (DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        parts.Add((filter.Since, filter.Until) switch
        {
            ({ } from, { } to) => $"from {day(from)} to {day(to)}",
            ({ } from, null) => $"since {day(from)}",
            (null, { } to) => $"until {day(to)}",
            _ => "",
        });
        return string.Join(", ", parts.Where(p => p.Length > 0));
    }

    /// <summary>A related paper's similarity as a member reads it: "87% similar".</summary>
    public static string Similarity(double score) =>
        string.Create(CultureInfo.InvariantCulture, $"{Math.Clamp(score, 0, 1) * 100:0}% similar");
}
