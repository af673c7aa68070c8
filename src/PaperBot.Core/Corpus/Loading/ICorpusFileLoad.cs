using PaperBot.Core.Papers;

namespace PaperBot.Core.Corpus.Loading;

/// <summary>One corpus file being loaded in its own transaction: disposed without <see cref="CommitAsync"/>, nothing of it stays.</summary>
public interface ICorpusFileLoad : IAsyncDisposable
{
    /// <summary>
    /// Adds <paramref name="paper"/> (from line <paramref name="line"/>), or merges it into the paper it is (the same arXiv
    /// id, else the same normalized title unless both carry different arXiv ids) with <see cref="PaperMerger"/>; true when it was new.
    /// </summary>
    ValueTask<bool> UpsertAsync(Paper paper, int line, CancellationToken cancellationToken);

    /// <summary>Records the file's entry count and commits everything the file added.</summary>
    Task CommitAsync(long entries, CancellationToken cancellationToken);
}
