using PaperBot.Discord.Models;

namespace PaperBot.Discord.Formatting;

/// <summary>
/// Keeps a message's embeds within Discord's limits: at most 10, and 6,000 characters across titles, descriptions,
/// fields and footers. Descriptions are shortened first (longest first), then trailing embeds dropped.
/// </summary>
internal static class EmbedBudget
{
    public static IReadOnlyList<Embed> Fit(IReadOnlyList<Embed> embeds, int budget = DiscordLimits.EmbedTotal)
    {
        ArgumentNullException.ThrowIfNull(embeds);
        var fitted = embeds.Take(DiscordLimits.EmbedsPerMessage).ToList();
        while (Total(fitted) > budget)
        {
            var longest = fitted.Select((e, i) => (Length: e.Description?.Length ?? 0, Index: i)).MaxBy(x => x.Length);
            var excess = Total(fitted) - budget;
            if (longest.Length > 200)
            {
                var keep = Math.Max(200, longest.Length - excess - 1);
                fitted[longest.Index] = fitted[longest.Index] with { Description = Text.Cut(fitted[longest.Index].Description!, keep) };
            }
            else if (fitted.Count > 1)
            {
                fitted.RemoveAt(fitted.Count - 1);
            }
            else
            {
                break;
            }
        }

        return fitted;
    }

    public static int Total(IEnumerable<Embed> embeds) => embeds.Sum(Length);

    private static int Length(Embed embed) =>
        (embed.Title?.Length ?? 0)
        + (embed.Description?.Length ?? 0)
        + (embed.Footer?.Text.Length ?? 0)
        + (embed.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
