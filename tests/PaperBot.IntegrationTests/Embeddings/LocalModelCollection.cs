namespace PaperBot.IntegrationTests.Embeddings;

/// <summary>
/// The tests that run the real embedding model keep a core busy for seconds: they run on their own, after the parallel
/// tests, so the timing-sensitive gateway and rate-limit tests never share the two cores with them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LocalModelCollection
{
    public const string Name = "local embedding model";
}
