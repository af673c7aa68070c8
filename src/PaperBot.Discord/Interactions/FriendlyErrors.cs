using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;

namespace PaperBot.Discord.Interactions;

/// <summary>What a member reads when something fails: short and useful; the details go to the log.</summary>
internal static class FriendlyErrors
{
    public static Reply For(Exception failure) => failure switch
    {
        Rest.DiscordApiException { Code: Rest.DiscordErrorCodes.RequestEntityTooLarge } => Reply.Private("That file is too big for Discord here: export one tag at a time."),
        StoreException => Reply.Private("The paper database is busy or unavailable right now. Please try again in a minute."),
        OperationCanceledException or TimeoutException => Reply.Private("That took too long, sorry. Please try again, perhaps with a shorter question."),
        _ => Reply.Private("Something went wrong on PaperBot's side. The operator can find the details in the log."),
    };
}
