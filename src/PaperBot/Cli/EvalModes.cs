using System.Collections.Immutable;

namespace PaperBot.Cli;

/// <summary>The ranking modes <c>eval</c> compares for each kind of file, as settings on top of the configured ones.</summary>
internal static class EvalModes
{
    public static readonly IReadOnlyList<string> Kinds = ["search", "related", "topics", "followups", "facts", "overviews"];

    public static IReadOnlyList<EvalMode> For(string kind) => kind switch
    {
        "related" =>
        [
            new("Lexical", Settings(("Search:RelatedDenseWeight", "0"))),
            new("Dense", Settings(("Search:RelatedBm25Weight", "0"), ("Search:RelatedSparseWeight", "0"))),
            new("Fused", Settings()),
        ],
        // Offline: the assistant members get without a model; Stateless: the follow-up asked without the conversation's state.
        "followups" =>
        [
            new("Offline", Settings(("Ai:ChatModel", ""))),
            new("Stateless", Settings(("Ai:ChatModel", ""))),
        ],
        // Offline: the default assistant, sentences chosen by meaning and words; Words: without the embedding model.
        "facts" or "overviews" =>
        [
            new("Words", Settings(("Ai:ChatModel", ""), ("Ai:LocalEmbeddings", "false"))),
            new("Offline", Settings(("Ai:ChatModel", ""))),
        ],
        "topics" =>
        [
            new("Words", Settings(("Search:TopicSimilarity", "0"))),
            new("Meaning", Settings()),
        ],
        _ =>
        [
            new("Bm25", Settings(("Search:Mode", "Bm25"))),
            new("Dense", Settings(("Search:Mode", "Dense"))),
            new("Hybrid", Settings(("Search:Mode", "Hybrid"))),
        ],
    };

    private static ImmutableDictionary<string, string?> Settings(params (string Key, string Value)[] settings) =>
        settings.ToImmutableDictionary(s => s.Key, s => (string?)s.Value);
}

/// <summary>One mode: its name and the settings that make it.</summary>
internal sealed record EvalMode(string Name, ImmutableDictionary<string, string?> Settings);

/// <summary>One mode's result in <c>eval --json</c>: exactly one of the reports is set.</summary>
internal sealed record EvalResultJson(string Mode, Core.Evaluation.EvaluationReport? Search = null, Core.Evaluation.RelatedReport? Related = null, Core.Evaluation.TopicReport? Topics = null, Core.Evaluation.FollowUpReport? FollowUps = null, Core.Evaluation.FactReport? Facts = null, Core.Evaluation.OverviewReport? Overviews = null);
