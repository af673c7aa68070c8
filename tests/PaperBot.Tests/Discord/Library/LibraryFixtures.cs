using System.Text.Json;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Library;

/// <summary>Papers, saved papers and clicks by a chosen member, for the library's unit tests.</summary>
internal static class LibraryFixtures
{
    public const string Ada = "1100000000000000004";
    public const string Bob = "1100000000000000099";

    public static StoredPaper Paper(long id, string title = "GPipe", string abstractText = "An abstract.") =>
        new(id, new Paper { Title = title, Abstract = abstractText, ArxivId = $"1811.{id:00000}" }, []);

    public static SavedPaper Saved(long id, string title = "GPipe", string? note = null, params string[] tags) =>
        new(Paper(id, title), tags, note, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));

    /// <summary>A button click by <paramref name="memberId"/>.</summary>
    public static CommandInvocation Click(string customId, string memberId) =>
        new(Interactions.Interactions.Build(InteractionType.MessageComponent, new InteractionData { CustomId = customId, ComponentType = 2 }) with
        {
            Member = new GuildMember { User = new User { Id = Snowflake.Parse(memberId), Username = "m" }, Permissions = "0" },
        });

    /// <summary><c>/name sub option:value...</c> as Discord nests a sub-command's options.</summary>
    public static CommandInvocation Sub(string name, string sub, params (string Name, object Value)[] options) =>
        new(Interactions.Interactions.Build(InteractionType.ApplicationCommand, new InteractionData
        {
            Name = name,
            Type = 1,
            Options =
            [
                new InteractionOption
                {
                    Name = sub,
                    Type = CommandOptionType.SubCommand,
                    Options = [.. options.Select(o => new InteractionOption
                    {
                        Name = o.Name,
                        Type = o.Value is int or long ? CommandOptionType.Integer : CommandOptionType.String,
                        Value = JsonSerializer.SerializeToElement(o.Value),
                    })],
                },
            ],
        }));
}
