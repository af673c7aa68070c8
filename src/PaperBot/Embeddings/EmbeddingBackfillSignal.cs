using System.Threading.Channels;

namespace PaperBot.Embeddings;

/// <summary>
/// Asks the <see cref="EmbeddingBackfillService"/> for a pass over the papers that lack vectors: raised after each
/// ingest. Requests made while one is pending merge into it; a request made during a pass gives one more pass.
/// </summary>
internal sealed class EmbeddingBackfillSignal
{
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public void Request() => _requests.Writer.TryWrite(true);

    public async Task WaitAsync(CancellationToken cancellationToken) => await _requests.Reader.ReadAsync(cancellationToken);
}
