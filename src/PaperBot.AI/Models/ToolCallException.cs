namespace PaperBot.AI.Models;

/// <summary>The model called a tool that does not exist, or with arguments the tool cannot take.</summary>
internal sealed class ToolCallException : Exception
{
    public ToolCallException()
    {
    }

    public ToolCallException(string message)
        : base(message)
    {
    }

    public ToolCallException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
