namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// One round on one side: the latency of every acknowledgement (the fake's receive of the callback minus its send of
/// the interaction), how the interactions were answered, and what went wrong.
/// </summary>
/// <param name="Direct">Callbacks of type 4: the answer itself.</param>
/// <param name="Deferred">Callbacks of type 5 ("thinking…"), answered later by an edit of @original.</param>
/// <param name="WithPapers">Answers (callback or edit) that carry at least one paper embed.</param>
/// <param name="Lost">Interactions without an accepted callback within the deadline, or deferred and never edited.</param>
/// <param name="Duplicates">Callback requests beyond the first for an interaction.</param>
internal sealed record AckRoundResult(IReadOnlyList<double> LatenciesMs, int Direct, int Deferred, int WithPapers, int Lost, int Duplicates);
