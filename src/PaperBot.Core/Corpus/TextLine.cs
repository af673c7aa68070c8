namespace PaperBot.Core.Corpus;

/// <summary>One decoded line of a text file with its 1-based line number.</summary>
internal readonly record struct TextLine(int Number, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);
}
