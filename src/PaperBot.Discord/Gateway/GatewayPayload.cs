using System.Text.Json;

namespace PaperBot.Discord.Gateway;

/// <summary>The gateway envelope <c>{op, d, s, t}</c>; <c>d</c> stays JSON until <c>op</c> and <c>t</c> say what it is.</summary>
internal sealed record GatewayPayload
{
    public GatewayOpcode Op { get; init; }

    public JsonElement? D { get; init; }

    public int? S { get; init; }

    public string? T { get; init; }
}
