namespace PaperBot.Benchmarks.Search;

/// <summary>A query of the fixed set, with what kind of query it stands for.</summary>
internal sealed record BenchQuery(string Kind, string Text);
