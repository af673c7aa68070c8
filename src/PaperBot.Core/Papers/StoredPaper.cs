namespace PaperBot.Core.Papers;

/// <summary>A paper as the store holds it: its id, the merged metadata, and the sources it came from.</summary>
public sealed record StoredPaper(long Id, Paper Paper, IReadOnlyList<string> Sources)
{
    /// <summary>The arXiv abstract page, when the arXiv id is known.</summary>
    public string? ArxivUrl => Paper.ArxivId is { } id ? $"https://arxiv.org/abs/{id}" : null;

    public string? PdfUrl => Paper.ArxivId is { } id ? $"https://arxiv.org/pdf/{id}" : null;

    public string? HuggingFaceUrl => Paper.ArxivId is { } id ? $"https://huggingface.co/papers/{id}" : null;
}
