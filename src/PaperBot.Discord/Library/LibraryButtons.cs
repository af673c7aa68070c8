using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;

namespace PaperBot.Discord.Library;

/// <summary>
/// The Save, Previous / Next (library pages) and "Yes, forget me" buttons. Each acts for whoever clicked: a button that
/// names another member (their library page, their confirmation) is refused, so nobody sees or deletes another's data.
/// </summary>
internal sealed class LibraryButtons(IPaperStore store, MemberLibrary library, ILibraryStore libraries, IMemberData members, IMemberChannels channels)
{
    public async Task<Reply> HandleAsync(CommandInvocation click, CancellationToken cancellationToken)
    {
        var customId = click.Interaction.Data?.CustomId;
        var clicker = click.MemberId;
        if (clicker.Length == 0)
        {
            return Reply.Private("PaperBot could not tell who clicked; run the command again.");
        }

        if (LibraryButtonIds.TryParseSave(customId, out var paperId))
        {
            return await store.GetAsync(paperId, cancellationToken).ConfigureAwait(false) is { } paper
                ? await library.SaveAsync(clicker, paper, [], null, cancellationToken).ConfigureAwait(false)
                : Reply.Private("That paper is no longer in the corpus.");
        }

        if (LibraryButtonIds.TryParsePage(customId, out var owner, out var page, out var tag))
        {
            return owner == clicker
                ? await library.ShowAsync(clicker, tag, null, page, cancellationToken).ConfigureAwait(false)
                : Reply.Private("That is someone else's library: `/library show` shows yours.");
        }

        if (LibraryButtonIds.TryParseForget(customId, out var member))
        {
            return member == clicker
                ? await ForgetAsync(clicker, cancellationToken).ConfigureAwait(false)
                : Reply.Private("Only the member who asked can confirm this. To delete your own data, use `/forget-me`.");
        }

        return Reply.Private("This button is from an older PaperBot and no longer works; run the command again.");
    }

    private async Task<Reply> ForgetAsync(string memberId, CancellationToken cancellationToken)
    {
        var saved = await libraries.CountAsync(memberId, null, cancellationToken).ConfigureAwait(false);
        var dms = await channels.DirectChannelsAsync(memberId, cancellationToken).ConfigureAwait(false);
        var rows = await members.ForgetAsync(memberId, dms, cancellationToken).ConfigureAwait(false);
        return Reply.Private(rows == 0
            ? "PaperBot had nothing stored about you."
            : $"Done: deleted {rows} record{LibraryMessages.Plural(rows)}, including {saved} saved paper{LibraryMessages.Plural(saved)} and {dms.Count} DM conversation{LibraryMessages.Plural(dms.Count)}. PaperBot no longer holds anything about you.");
    }
}
