using System.Globalization;
using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary>Autocomplete of paper titles: the title as the choice's name, <c>#id</c> as its value.</summary>
internal sealed class PaperChoices(IPaperSearch search)
{
    // Discord shows 25 choices at most, and the member waits on every keystroke.
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(1500);

    public async Task<IReadOnlyList<AutocompleteChoice>> CompleteAsync(string typed, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(Budget);
        try
        {
            var matches = await search.CompleteTitleAsync(typed.Trim(), DiscordLimits.AutocompleteChoices, limit.Token).ConfigureAwait(false);
            return matches
                .Select(m => (Name: Text.Cut(m.Title, DiscordLimits.ChoiceName), Value: "#" + m.Id.ToString(CultureInfo.InvariantCulture)))
                // A choice needs a name (1-100 characters): an untitled paper shows its id.
                .Select(c => new AutocompleteChoice(c.Name.Length == 0 ? c.Value : c.Name, c.Value))
                .ToList();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // Better no suggestions than an autocomplete Discord has already given up on.
            return [];
        }
    }
}
