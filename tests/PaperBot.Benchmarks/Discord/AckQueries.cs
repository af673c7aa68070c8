using System.Text.Json.Nodes;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// The /search queries of the acknowledgement benchmark: words and phrases of the bundled corpus's titles (common,
/// middling and rare ones, single words and phrases), taken in a fixed rotation so every run and both sides send
/// exactly the same interactions.
/// </summary>
internal static class AckQueries
{
    public static IReadOnlyList<string> All { get; } =
    [
        "attention", "diffusion transformer", "speculative decoding", "GPipe pipeline", "quantization",
        "large language models", "mixture-of-experts", "LoRA", "state space", "KV cache",
        "sparse training", "video generation", "retrieval", "reinforcement learning", "distillation",
        "pruning", "federated learning", "spiking neural networks", "long-context", "RLHF",
    ];

    /// <summary>The query of the <paramref name="index"/>-th interaction of a round.</summary>
    public static string For(int round, int index, int inFlight) => All[((round * inFlight) + index) % All.Count];

    /// <summary>The data of <c>/search query:&lt;query&gt;</c>, as Discord sends it.</summary>
    public static JsonObject SearchCommand(string query) => new()
    {
        ["name"] = "search",
        ["type"] = 1,
        ["options"] = new JsonArray(new JsonObject { ["name"] = "query", ["type"] = 3, ["value"] = query }),
    };
}
