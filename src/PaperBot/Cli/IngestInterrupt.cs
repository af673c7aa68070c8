using System.Runtime.InteropServices;

namespace PaperBot.Cli;

/// <summary>
/// Ctrl+C during <c>ingest</c>: the first asks to stop after the file being loaded (it is committed, no further file is
/// started); the second aborts at once (the file being loaded is rolled back). Any further one is left to the system.
/// </summary>
internal sealed class IngestInterrupt : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _abort;
    private readonly PosixSignalRegistration? _signal;
    private int _presses;

    private IngestInterrupt(bool listen, CancellationToken cancellationToken)
    {
        _abort = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _signal = listen ? PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal) : null;
    }

    /// <summary>Cancelled at the first Ctrl+C: finish the current file, start no other.</summary>
    public CancellationToken StopAfterFile => _stop.Token;

    /// <summary>Cancelled at the second Ctrl+C (or when <c>cancellationToken</c> is): stop now, rolling back.</summary>
    public CancellationToken Abort => _abort.Token;

    /// <summary>Listens for Ctrl+C (SIGINT) until disposed.</summary>
    public static IngestInterrupt Listen(CancellationToken cancellationToken) => new(listen: true, cancellationToken);

    /// <summary>Without a signal handler: tests press "Ctrl+C" with <see cref="Press"/>.</summary>
    internal static IngestInterrupt Manual(CancellationToken cancellationToken) => new(listen: false, cancellationToken);

    /// <summary>One Ctrl+C; false when this one is not handled here (the third and later).</summary>
    public bool Press()
    {
        switch (Interlocked.Increment(ref _presses))
        {
            case 1:
                _stop.Cancel();
                return true;
            case 2:
                _abort.Cancel();
                return true;
            default:
                return false;
        }
    }

    public void Dispose()
    {
        _signal?.Dispose();
        _stop.Dispose();
        _abort.Dispose();
    }

    // Cancel = true keeps the process alive for the clean stop; a third Ctrl+C is not cancelled, so it ends the process.
    private void OnSignal(PosixSignalContext context) => context.Cancel = Press();
}
