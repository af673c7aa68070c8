namespace PaperBot.Core.Status;

/// <summary>
/// Where running PaperBot processes post how they stand (a bot's gateway shards) for <c>stats</c> in any process on the
/// same store, on this machine or another: one document per key, replaced whole by each post.
/// </summary>
public interface IStatusBoard
{
    /// <summary>Replaces the document under <paramref name="key"/> (letters, digits, '-' and '_').</summary>
    Task PostAsync(string key, string document, CancellationToken cancellationToken);

    /// <summary>Every document whose key starts with <paramref name="keyPrefix"/>, in key order.</summary>
    Task<IReadOnlyList<string>> ReadAllAsync(string keyPrefix, CancellationToken cancellationToken);
}
