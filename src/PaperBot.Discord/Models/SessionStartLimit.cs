namespace PaperBot.Discord.Models;

internal sealed record SessionStartLimit
{
    public int Total { get; init; }

    public int Remaining { get; init; }

    /// <summary>Milliseconds until <see cref="Remaining"/> resets.</summary>
    public long ResetAfter { get; init; }

    /// <summary>Identifies allowed per 5 seconds.</summary>
    public int MaxConcurrency { get; init; } = 1;
}
