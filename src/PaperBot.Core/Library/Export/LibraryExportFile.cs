namespace PaperBot.Core.Library.Export;

/// <summary>An export ready to send or write: the file name, its media type, the UTF-8 bytes and how many papers it holds.</summary>
public sealed record LibraryExportFile(string FileName, string ContentType, byte[] Content, int PaperCount);
