namespace PaperBot.Core.Papers;

/// <summary>
/// The database cannot be used (locked, read-only, disk full, not a PaperBot database). The message is one line
/// that says what to do; the technology-specific detail stays in <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
