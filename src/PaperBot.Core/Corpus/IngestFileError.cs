namespace PaperBot.Core.Corpus;

/// <summary>A file that was not ingested, and why. <see cref="Line"/> is 1-based, when known.</summary>
public sealed record IngestFileError(string Path, int? Line, string Reason)
{
    /// <summary>"path:line: reason", the shape compilers use, so editors can jump to it.</summary>
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}
