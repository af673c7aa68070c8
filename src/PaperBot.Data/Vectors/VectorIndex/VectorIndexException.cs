namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>USearch refused an operation: the index file is damaged, foreign or unreadable, or memory ran out.</summary>
internal sealed class VectorIndexException(string message) : Exception(message);
