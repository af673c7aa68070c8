namespace PaperBot.Core.Corpus;

/// <summary>
/// An author in the Hugging Face papers API. Its <c>hidden</c> flag only hides the name on the page; the
/// person is still an author, so the flag is not read.
/// </summary>
internal sealed record HfAuthorDto
{
    public string? Name { get; init; }
}
