namespace PaperBot.Discord.Models;

/// <summary>An entry of a sent message's <c>attachments</c>: the upload's part <c>files[Id]</c> and its file name.</summary>
internal sealed record MessageAttachment(int Id, string Filename);
