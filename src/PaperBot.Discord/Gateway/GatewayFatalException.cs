namespace PaperBot.Discord.Gateway;

/// <summary>The gateway closed with a code that reconnecting cannot fix (bad token, invalid intents, ...).</summary>
internal sealed class GatewayFatalException : Exception
{
    public GatewayFatalException()
    {
    }

    public GatewayFatalException(string message)
        : base(message)
    {
    }

    public GatewayFatalException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public GatewayFatalException(int closeCode, string message)
        : base(message)
    {
        CloseCode = closeCode;
    }

    public int? CloseCode { get; }
}
