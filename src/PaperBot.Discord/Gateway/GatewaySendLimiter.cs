using System.Net.WebSockets;

namespace PaperBot.Discord.Gateway;

/// <summary>
/// The one writer of a connection: a socket allows a single outstanding send, frames must be at most 4096 bytes, and
/// Discord closes a connection that sends more than 120 events a minute. Ordinary sends keep within
/// <see cref="Budget"/> per minute; heartbeats, identify and resume jump the budget but still count.
/// </summary>
internal sealed class GatewaySendLimiter(TimeProvider time) : IDisposable
{
    public const int MaxFrameBytes = 4096;
    public const int Budget = 115;
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly Lock _lock = new();
    private readonly Queue<DateTimeOffset> _sent = new();

    public async Task SendAsync(WebSocket socket, ReadOnlyMemory<byte> frame, bool essential, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (frame.Length > MaxFrameBytes)
        {
            throw new ArgumentException($"A gateway frame of {frame.Length} bytes exceeds Discord's {MaxFrameBytes} (it would close with 4002).", nameof(frame));
        }

        for (var delay = Reserve(essential); delay > TimeSpan.Zero; delay = Reserve(essential))
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }

        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Sends a close frame, giving up after <paramref name="timeout"/> (a dead link never answers).</summary>
    public async Task CloseOutputAsync(WebSocket socket, int code, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(socket);
        using var cts = new CancellationTokenSource(timeout, time);
        try
        {
            await _writer.WaitAsync(cts.Token).ConfigureAwait(false);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync((WebSocketCloseStatus)code, null, cts.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _writer.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The link is already gone: nothing left to tell the server.
        }
    }

    /// <summary>Records a send and returns zero, or returns how long an ordinary send must wait for budget.</summary>
    internal TimeSpan Reserve(bool essential)
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            while (_sent.Count > 0 && now - _sent.Peek() >= Window)
            {
                _sent.Dequeue();
            }

            if (!essential && _sent.Count >= Budget)
            {
                return _sent.Peek() + Window - now;
            }

            _sent.Enqueue(now);
            return TimeSpan.Zero;
        }
    }

    public void Dispose() => _writer.Dispose();
}
