namespace PaperBot.FakeDiscord;

/// <summary>A file uploaded with a message: its part (<c>files[n]</c>), file name, media type and bytes.</summary>
public sealed record RecordedFile(int Id, string FileName, string? ContentType, byte[] Content);
