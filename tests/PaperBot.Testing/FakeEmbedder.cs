using PaperBot.Core.Papers;

namespace PaperBot.Testing;

/// <summary>An embedding "model" with hand-made meanings: a text's vector counts the concept words it contains (unit and integration tests).</summary>
public sealed class FakeEmbedder(params string[][] concepts) : ITextEmbedder
{
    public string ModelId => "fake-embedding";

    public int Calls { get; private set; }

    public bool Fail { get; init; }

    public bool IsAvailable => true;

    public async Task<float[]> EmbedQueryAsync(string query, CancellationToken cancellationToken) =>
        (await EmbedDocumentsAsync([query], cancellationToken))[0];

    public Task<IReadOnlyList<float[]>> EmbedPassagesAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        EmbedDocumentsAsync(texts, cancellationToken);

    public Task<IReadOnlyList<float[]>> EmbedDocumentsAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Calls++;
        if (Fail)
        {
            throw new HttpRequestException("the embedding endpoint is down");
        }

        IReadOnlyList<float[]> vectors = texts
            .Select(t => concepts.Select(words => (float)words.Count(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)) + 0.01f).ToArray())
            .ToList();
        return Task.FromResult(vectors);
    }
}
