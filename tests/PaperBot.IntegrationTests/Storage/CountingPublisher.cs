using System.Collections.Concurrent;
using PaperBot.Core.Highlights;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>A channel publisher shared by several "processes": counts every send of every nonce, and delivers it.</summary>
internal sealed class CountingPublisher : IChannelPublisher
{
    private readonly ConcurrentDictionary<string, int> _sends = new();

    /// <summary>How many times each nonce was sent (a re-send counts: Discord would dedupe it, this does not).</summary>
    public IReadOnlyDictionary<string, int> Sends => _sends;

    public async Task<PublishResult> PublishAsync(string channelId, HighlightPost post, string nonce, CancellationToken cancellationToken)
    {
        _sends.AddOrUpdate(nonce, 1, (_, count) => count + 1);
        await Task.Yield(); // the send is under way while the other process's scheduler runs
        return new PublishResult(PublishStatus.Sent, MessageId: $"m-{nonce}");
    }
}
