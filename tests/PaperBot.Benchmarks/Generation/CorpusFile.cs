namespace PaperBot.Benchmarks.Generation;

/// <summary>One generated page dump: papers <see cref="First"/> to <see cref="First"/> + <see cref="Count"/> - 1.</summary>
internal sealed record CorpusFile(int Index, long First, int Count, string Path);
