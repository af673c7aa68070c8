using System.Net.WebSockets;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// One connection's heartbeat, on its own timer so handlers can never delay it: the first beat after
/// interval × jitter, then one per interval. When a beat is due and the previous one was not acknowledged the link is a
/// zombie. A new instance per connection, so no ACK state survives a reconnect.
/// </summary>
internal sealed class Heartbeater(TimeSpan interval, TimeProvider time, Func<CancellationToken, Task> sendBeat, Action onZombie)
{
    private int _acknowledged = 1;

    public TimeSpan Interval => interval;

    public void Acknowledge() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>A beat the server asked for (op 1): sent at once, no zombie check, the timer is left alone.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) => sendBeat(cancellationToken);

    public async Task RunAsync(double jitter, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * Math.Clamp(jitter, 0, 1), time, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
                {
                    onZombie();
                    return;
                }

                await sendBeat(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection is ending; its owner decides what happens next.
        }
    }
}
