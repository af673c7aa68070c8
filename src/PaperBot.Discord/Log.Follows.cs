using Microsoft.Extensions.Logging;

namespace PaperBot.Discord;

/// <summary>Follow digests' log messages (ids 180-189). No message text.</summary>
internal static partial class Log
{
    [LoggerMessage(180, LogLevel.Warning, "Sending a follow digest to member {MemberId} failed: {Reason}")]
    public static partial void DigestFailed(ILogger logger, string memberId, string reason);
}
