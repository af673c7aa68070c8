using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.AI.Embeddings;

namespace PaperBot.IntegrationTests.Embeddings;

/// <summary>The real local model, loaded once for a test class (about a second and ~330 MB).</summary>
public sealed class LocalModelFixture : IDisposable
{
    public LocalModelFixture()
    {
        Embedder = new LocalTextEmbedder(NullLogger<LocalTextEmbedder>.Instance);
        Embedder.EnsureLoaded();
    }

    internal LocalTextEmbedder Embedder { get; }

    public void Dispose() => Embedder.Dispose();
}
