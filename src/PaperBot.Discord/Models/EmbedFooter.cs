namespace PaperBot.Discord.Models;

internal sealed record EmbedFooter(string Text);
