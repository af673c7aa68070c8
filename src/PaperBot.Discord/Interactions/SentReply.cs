using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Interactions;

/// <summary>An answered interaction: the reply, and the messages that show its papers in the channel (none when ephemeral).</summary>
internal sealed record SentReply(Reply Reply, IReadOnlyList<Message> PaperMessages);
