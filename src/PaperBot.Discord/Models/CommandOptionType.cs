namespace PaperBot.Discord.Models;

[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "Discord's own names for option types.")]
internal enum CommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
