using System.Globalization;
using System.Text;
using PaperBot.Core.Papers;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Formatting;

/// <summary>The channel's most liked papers as a reply: one embed with a numbered list, vote counts and links.</summary>
internal static class TopMessages
{
    /// <summary>The longest list: with titles cut to 120 characters and two links a line it stays within one embed.</summary>
    public const int MaxCount = 15;

    private const int Accent = 0x5865F2;

    /// <summary><paramref name="ranked"/> in order: a paper the corpus no longer has still shows its id and votes.</summary>
    public static Reply Top(int days, IReadOnlyList<(long PaperId, int Votes, StoredPaper? Paper)> ranked)
    {
        var period = days == 1 ? "the last day" : $"the last {days} days";
        if (ranked.Count == 0)
        {
            return new Reply($"No paper got a 👍 in this channel in {period}. React with 👍 to a paper PaperBot shows to vote for it.");
        }

        var lines = new StringBuilder();
        for (var i = 0; i < ranked.Count; i++)
        {
            var (id, votes, paper) = ranked[i];
            var title = paper is null ? $"Paper #{id}" : Text.Escape(Text.Cut(paper.Paper.Title, 120));
            var links = paper is null ? "" : Links(PaperLinks.For(paper.Paper.ArxivId, paper.Paper.GithubUrl));
            lines.Append(CultureInfo.InvariantCulture, $"{i + 1}. **{title}** · {votes} 👍");
            lines.Append(links.Length > 0 ? $"\n   {links}\n" : "\n");
        }

        var embed = new Embed
        {
            Title = $"Most liked in this channel, {period}",
            Description = Text.Cut(lines.ToString(), DiscordLimits.EmbedDescription),
            Color = Accent,
        };
        return new Reply(null, [embed]) { ShownPaperIds = [.. ranked.Where(r => r.Paper is not null).Select(r => r.PaperId)] };
    }

    // The arXiv page and the code: enough to open the paper, short enough for fifteen lines in one embed.
    private static string Links(PaperLinks links) => string.Join(" · ", new[] { ("arXiv", links.Arxiv), ("Code", links.Code) }
        .Where(l => l.Item2 is not null)
        .Select(l => $"[{l.Item1}]({l.Item2})"));
}
