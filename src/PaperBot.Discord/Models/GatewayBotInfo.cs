namespace PaperBot.Discord.Models;

/// <summary><c>GET /gateway/bot</c>: where to connect and how many identifies remain.</summary>
internal sealed record GatewayBotInfo
{
    public string Url { get; init; } = "";

    public int Shards { get; init; } = 1;

    public SessionStartLimit SessionStartLimit { get; init; } = new();
}
