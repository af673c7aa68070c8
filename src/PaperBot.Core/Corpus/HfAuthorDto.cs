namespace PaperBot.Core.Corpus;

/// <summary>An author in the Hugging Face papers API; <c>hidden</c> only hides the name on the page.</summary>
internal sealed record HfAuthorDto
{
    public string? Name { get; init; }

    public bool Hidden { get; init; }
}
