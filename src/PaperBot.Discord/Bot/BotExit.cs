namespace PaperBot.Discord.Bot;

/// <summary>Why the bot stopped on its own (a rejected token, a fatal close code), for the command line's one-line error and exit code.</summary>
public sealed class BotExit
{
    private volatile string? _failure;

    public string? Failure => _failure;

    internal void Fail(string reason) => _failure ??= reason;
}
