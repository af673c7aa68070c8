namespace PaperBot.Discord.Models;

/// <summary>READY: who the bot is, and what it needs to resume this session.</summary>
internal sealed record ReadyEvent
{
    public int V { get; init; }

    public User User { get; init; } = new();

    public string SessionId { get; init; } = "";

    public string ResumeGatewayUrl { get; init; } = "";

    public ReadyApplication Application { get; init; } = new();
}
