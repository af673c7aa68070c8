namespace PaperBot.Benchmarks.Ask;

/// <summary>One question of the <c>--ask</c> set: which file it comes from and its text.</summary>
/// <param name="Set"><c>queries</c>, <c>paraphrase</c>, <c>follow-up 1</c> (a dialog's first turn) or <c>follow-up 2</c>.</param>
internal sealed record AskTurn(string Set, string Question);
