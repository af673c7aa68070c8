using PaperBot.Core.Summaries;

namespace PaperBot.AI.Offline;

/// <summary>
/// A routed request: what to do, the text it is about (a title, a topic, search words or the question), and the paper
/// it refers to when that came from the conversation ("the second one", "more like that").
/// </summary>
internal sealed record Intent(IntentKind Kind, string Subject, long? PaperId = null, SummaryStyle Style = SummaryStyle.TlDr)
{
    /// <summary>A reference to earlier results that the conversation cannot resolve ("the second one" with no results before).</summary>
    public bool UnresolvedReference { get; init; }

    /// <summary>
    /// The paper is the newest or oldest of the papers shown ("summarize the newest of them"): picked by date from those,
    /// which the router does not know (<see cref="Core.Chat.FollowUpResolver"/>).
    /// </summary>
    public bool ByDate { get; init; }
}
