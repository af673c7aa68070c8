namespace PaperBot.Discord.Models;

/// <summary>
/// A file sent with a message (a BibTeX export, a PNG chart). A payload with files goes as <c>multipart/form-data</c>:
/// the JSON body in <c>payload_json</c> with <c>attachments: [{id, filename}]</c>, each file as part <c>files[id]</c>.
/// </summary>
internal sealed record MessageFile(string FileName, string ContentType, ReadOnlyMemory<byte> Content);
