namespace PaperBot.Discord.Models;

/// <summary>A fixed choice of a string option.</summary>
internal sealed record CommandChoice(string Name, string Value);
