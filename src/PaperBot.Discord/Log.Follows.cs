using Microsoft.Extensions.Logging;

namespace PaperBot.Discord;

/// <summary>Follow digests' log messages (ids 3180-3199). No message text.</summary>
internal static partial class Log
{
    [LoggerMessage(3180, LogLevel.Warning, "Sending a follow digest to member {MemberId} failed: {Reason}")]
    public static partial void DigestFailed(ILogger logger, string memberId, string reason);
}
