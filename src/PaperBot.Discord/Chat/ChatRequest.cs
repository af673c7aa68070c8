using System.Text.RegularExpressions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Chat;

/// <summary>Decides whether a message is for PaperBot (a DM, a mention, or a reply to it) and what it asks.</summary>
internal static partial class ChatRequest
{
    /// <summary>The question in <paramref name="message"/>, or null when the message is not for the bot.</summary>
    public static string? QuestionIn(Message message, ulong botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        // Only what people write (0 default, 19 reply): not joins, pins or other system messages.
        if (message.Type is not (0 or 19) || message.Author is not { } author || author.Bot == true || author.Id.Value == botUserId || message.WebhookId is not null)
        {
            // Bots (itself included) and webhooks are never answered: two bots could otherwise talk forever.
            return null;
        }

        var isDm = message.GuildId is null;
        var mentioned = message.Mentions?.Any(u => u.Id.Value == botUserId) == true;
        var repliedTo = message.ReferencedMessage?.Author?.Id.Value == botUserId;
        if (!isDm && !mentioned && !repliedTo)
        {
            return null;
        }

        var question = Mention().Replace(message.Content, match => match.Groups["id"].Value == botUserId.ToString(System.Globalization.CultureInfo.InvariantCulture) ? "" : match.Value).Trim();
        // Without the MESSAGE_CONTENT intent a reply that does not ping the bot arrives empty: nothing to answer, and
        // no reason to answer it with the usage hint either.
        return question.Length == 0 && !isDm && !mentioned ? null : question;
    }

    // <@123> and the legacy nickname form <@!123>.
    [GeneratedRegex(@"<@!?(?<id>\d+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Mention();
}
