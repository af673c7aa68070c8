namespace PaperBot.Discord.Models;

public sealed record EmbedFooter(string Text);
