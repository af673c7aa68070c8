using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary>The option shapes the commands share.</summary>
internal static class OptionShapes
{
    public const string Paper = "paper";

    /// <summary>A paper by title (autocompleted), id (#42) or arXiv id.</summary>
    public static CommandOption PaperOption(string description = "The paper: start typing its title, or give #id or an arXiv id") => new()
    {
        Type = CommandOptionType.String,
        Name = Paper,
        Description = description,
        Required = true,
        Autocomplete = true,
        MaxLength = 300,
    };

    public static CommandOption Text(string name, string description, bool required, int maxLength, bool autocomplete = false) => new()
    {
        Type = CommandOptionType.String,
        Name = name,
        Description = description,
        Required = required ? true : null,
        Autocomplete = autocomplete ? true : null,
        MaxLength = maxLength,
    };

    public static CommandOption Count(string description, int max, string name = "count") => new()
    {
        Type = CommandOptionType.Integer,
        Name = name,
        Description = description,
        MinValue = 1,
        MaxValue = max,
    };

    /// <summary>A sub-command (<c>/library remove</c>): a command with these may have no options of its own.</summary>
    public static CommandOption SubCommand(string name, string description, params IReadOnlyList<CommandOption> options) => new()
    {
        Type = CommandOptionType.SubCommand,
        Name = name,
        Description = description,
        Options = options.Count == 0 ? null : options,
    };

    /// <summary>Slash commands usable in servers and in DMs with the bot.</summary>
    public static readonly IReadOnlyList<int> Everywhere = [0, 1];

    /// <summary>Server-only commands (subscriptions belong to a server's channels).</summary>
    public static readonly IReadOnlyList<int> ServersOnly = [0];
}
