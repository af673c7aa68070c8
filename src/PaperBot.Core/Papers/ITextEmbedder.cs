namespace PaperBot.Core.Papers;

/// <summary>Turns text into dense vectors with the configured embedding model (only when one is configured).</summary>
public interface ITextEmbedder
{
    /// <summary>The model's name; stored vectors are kept per model, so changing it re-embeds.</summary>
    string ModelId { get; }

    /// <summary>One vector per text, in order.</summary>
    Task<IReadOnlyList<float[]>> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
