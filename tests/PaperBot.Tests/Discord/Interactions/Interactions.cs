using System.Text.Json;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Interactions;

/// <summary>Builds interactions as Discord sends them (ids are real snowflakes, options typed JSON).</summary>
internal static class Interactions
{
    private static long _next = 1_300_000_000_000_000_000;

    public static Interaction Command(string name, params (string Name, object Value)[] options) =>
        Build(InteractionType.ApplicationCommand, new InteractionData { Name = name, Type = 1, Options = Options(options) }, permissions: "16");

    public static Interaction Autocomplete(string name, string focused, string typed) =>
        Build(InteractionType.ApplicationCommandAutocomplete, new InteractionData
        {
            Name = name,
            Type = 1,
            Options = [new InteractionOption { Name = focused, Type = CommandOptionType.String, Value = JsonSerializer.SerializeToElement(typed), Focused = true }],
        });

    public static Interaction Button(string customId) =>
        Build(InteractionType.MessageComponent, new InteractionData { CustomId = customId, ComponentType = 2 });

    public static Interaction Build(InteractionType type, InteractionData data, string? permissions = "0") => new()
    {
        Id = new Snowflake((ulong)Interlocked.Increment(ref _next)),
        ApplicationId = new Snowflake(1_100_000_000_000_000_001),
        Type = type,
        Data = data,
        GuildId = new Snowflake(1_100_000_000_000_000_002),
        ChannelId = new Snowflake(1_100_000_000_000_000_003),
        Member = new GuildMember { User = new User { Id = new Snowflake(1_100_000_000_000_000_004), Username = "ada" }, Permissions = permissions },
        Token = "interaction-token",
    };

    private static List<InteractionOption> Options((string Name, object Value)[] options) =>
        options.Select(o => new InteractionOption
        {
            Name = o.Name,
            Type = o.Value switch { long or int => CommandOptionType.Integer, bool => CommandOptionType.Boolean, _ => CommandOptionType.String },
            Value = JsonSerializer.SerializeToElement(o.Value),
        }).ToList();
}
