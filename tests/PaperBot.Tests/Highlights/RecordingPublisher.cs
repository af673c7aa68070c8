using PaperBot.Core.Highlights;

namespace PaperBot.Tests.Highlights;

/// <summary>
/// A channel publisher that records every call and, by default, delivers the message the way Discord does with a
/// nonce and <c>enforce_nonce</c>: a second send with the same nonce returns the first message instead of posting again.
/// </summary>
internal sealed class RecordingPublisher(TimeProvider time) : IChannelPublisher
{
    /// <summary>Never a real-time wait: only a guard so that a broken scheduler fails the test instead of hanging it.</summary>
    public static readonly TimeSpan Guard = PaperBot.Testing.Eventually.Deadline;

    private readonly Lock _lock = new();
    private readonly List<PublishCall> _calls = [];

    // The calls whose synchronous part (the delivery) has run: what waiters are judged on, so that a test never sees a
    // call before its message (a waiter checked between the two once failed under load).
    private readonly List<PublishCall> _ran = [];
    private readonly List<PublishCall> _messages = [];
    private readonly Dictionary<string, string> _messageIdByNonce = [];
    private readonly List<(Func<IReadOnlyList<PublishCall>, bool> Done, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>What a call does; <c>null</c> delivers (see <see cref="Deliver"/>).</summary>
    public Func<PublishCall, CancellationToken, Task<PublishResult>>? Behaviour { get; set; }

    public IReadOnlyList<PublishCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>The messages that are in the channels: one per nonce.</summary>
    public IReadOnlyList<PublishCall> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    public Task<PublishResult> PublishAsync(string channelId, HighlightPost post, string nonce, CancellationToken cancellationToken)
    {
        var call = new PublishCall(channelId, post, nonce, time.GetUtcNow());
        lock (_lock)
        {
            _calls.Add(call);
        }

        // Waiters are told only after the call's synchronous part (the delivery) ran: a test woken by the call must
        // also see its message.
        var result = Behaviour is { } behaviour ? behaviour(call, cancellationToken) : Task.FromResult(Deliver(call));
        lock (_lock)
        {
            _ran.Add(call);
            foreach (var waiter in _waiters.Where(w => w.Done(_ran)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        return result;
    }

    public PublishResult Deliver(PublishCall call)
    {
        lock (_lock)
        {
            if (!_messageIdByNonce.TryGetValue(call.Nonce, out var id))
            {
                id = $"m{_messageIdByNonce.Count + 1}";
                _messageIdByNonce[call.Nonce] = id;
                _messages.Add(call);
            }

            return new PublishResult(PublishStatus.Sent, id);
        }
    }

    /// <summary>Delivers, then never answers until cancelled: the process "dies" between the send and the log's <c>sent</c>.</summary>
    public async Task<PublishResult> DeliverThenHangAsync(PublishCall call, CancellationToken cancellationToken)
    {
        Deliver(call);
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    public static async Task<PublishResult> HangAsync(CancellationToken cancellationToken)
    {
        await Task.Delay(Timeout.Infinite, cancellationToken);
        throw new InvalidOperationException("unreachable");
    }

    /// <summary>Completes once the calls so far satisfy <paramref name="done"/>.</summary>
    public Task WaitForAsync(Func<IReadOnlyList<PublishCall>, bool> done)
    {
        lock (_lock)
        {
            if (done(_ran))
            {
                return Task.CompletedTask;
            }

            var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiters.Add((done, signal));
            return signal.Task.WaitAsync(Guard);
        }
    }
}
