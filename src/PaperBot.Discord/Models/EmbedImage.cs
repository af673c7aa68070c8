namespace PaperBot.Discord.Models;

/// <summary>An embed's image: an https URL, or <c>attachment://name.png</c> for a file sent with the message.</summary>
internal sealed record EmbedImage(string Url);
