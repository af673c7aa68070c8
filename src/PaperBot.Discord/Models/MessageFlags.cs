namespace PaperBot.Discord.Models;

public static class MessageFlags
{
    public const int Ephemeral = 1 << 6;
}
