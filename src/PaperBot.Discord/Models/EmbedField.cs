namespace PaperBot.Discord.Models;

/// <summary>Name up to 256 characters, value up to 1024.</summary>
internal sealed record EmbedField(string Name, string Value, bool? Inline = null);
