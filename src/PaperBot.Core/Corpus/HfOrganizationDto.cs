namespace PaperBot.Core.Corpus;

/// <summary>The organisation a Hugging Face paper is filed under: a handle and a display name.</summary>
internal sealed record HfOrganizationDto
{
    public string? Name { get; init; }

    public string? Fullname { get; init; }
}
