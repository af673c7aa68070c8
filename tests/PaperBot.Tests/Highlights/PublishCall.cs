using PaperBot.Core.Highlights;

namespace PaperBot.Tests.Highlights;

/// <summary>One call to the recording publisher: where, which post, with what nonce, and when (fake clock).</summary>
internal sealed record PublishCall(string ChannelId, HighlightPost Post, string Nonce, DateTimeOffset At);
