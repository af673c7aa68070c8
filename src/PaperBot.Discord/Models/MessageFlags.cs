namespace PaperBot.Discord.Models;

internal static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}
