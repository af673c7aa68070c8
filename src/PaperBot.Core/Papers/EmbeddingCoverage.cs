namespace PaperBot.Core.Papers;

/// <summary>How much of the corpus has a dense vector for <see cref="Model"/>.</summary>
/// <param name="Model">The embedding model's id (e.g. <c>local/snowflake-arctic-embed-xs</c>).</param>
/// <param name="Embedded">Papers with a vector for the model.</param>
/// <param name="Papers">Papers in the database.</param>
/// <param name="Available">False when the model could not be loaded: search then ranks without it.</param>
public sealed record EmbeddingCoverage(string Model, long Embedded, long Papers, bool Available = true)
{
    public long Missing => Math.Max(0, Papers - Embedded);
}
