using PaperBot.Core.Evaluation;

namespace PaperBot.Benchmarks.Ask;

/// <summary>
/// The turns asked in one conversation: a single question of <c>eval/queries.tsv</c> or <c>eval/paraphrase.tsv</c>, or the
/// two turns of a dialog of <c>eval/followups.tsv</c>, so that the follow-up goes through the conversation's memory.
/// </summary>
internal sealed record AskConversation(IReadOnlyList<AskTurn> Turns)
{
    public const string Queries = "queries";
    public const string Paraphrase = "paraphrase";
    public const string FirstTurn = "follow-up 1";
    public const string SecondTurn = "follow-up 2";
    public const string Overviews = "overviews";

    /// <summary>Every question of the five files in <paramref name="folder"/>, in file order.</summary>
    public static IReadOnlyList<AskConversation> Load(string folder)
    {
        var single = EvaluationQueryReader.ReadFile(Path.Combine(folder, "queries.tsv")).Select(q => One(Queries, q.Question))
            .Concat(EvaluationQueryReader.ReadFile(Path.Combine(folder, "paraphrase.tsv")).Select(q => One(Paraphrase, q.Question)))
            .Concat(EvaluationQueryReader.ReadFile(Path.Combine(folder, "overviews.tsv")).Select(q => One(Overviews, q.Question)))
            .Concat(EvaluationQueryReader.ReadFile(Path.Combine(folder, "overviews-heldout.tsv")).Select(q => One(Overviews, q.Question)));
        var dialogs = FollowUpDialogReader.ReadFile(Path.Combine(folder, "followups.tsv"))
            .Select(d => new AskConversation([new AskTurn(FirstTurn, d.First), new AskTurn(SecondTurn, d.FollowUp)]));
        return [.. single, .. dialogs];
    }

    private static AskConversation One(string set, string question) => new([new AskTurn(set, question)]);
}
