namespace PaperBot.Core.Corpus;

/// <summary>
/// A corpus file that cannot be read. <see cref="Exception.Message"/> is one line a person can act on;
/// <see cref="Line"/> is the 1-based line where the problem was found, when there is one.
/// </summary>
public sealed class CorpusFormatException : Exception
{
    public CorpusFormatException(string message, int? line = null)
        : base(message) => Line = line;

    public CorpusFormatException(string message, int? line, Exception inner)
        : base(message, inner) => Line = line;

    public CorpusFormatException()
    {
    }

    public CorpusFormatException(string message)
        : base(message)
    {
    }

    public CorpusFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int? Line { get; }
}
