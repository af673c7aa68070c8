namespace PaperBot.Benchmarks.Generation;

/// <summary>The synthetic corpus of one size: how big it is and how long writing its new files took.</summary>
internal sealed record GenerationResult(int Papers, int Files, int FilesWritten, long Bytes, double Seconds, long DuplicateTitles, string Format);
