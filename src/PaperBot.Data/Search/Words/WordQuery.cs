namespace PaperBot.Data.Search.Words;

/// <summary>
/// A query as the word index ranks it: clauses of alternatives, each alternative a phrase of index terms (one term is a
/// phrase of one), the last of them a prefix when <see cref="WordPhrase.Prefix"/> is set. With <see cref="MatchAll"/>
/// a paper must match every clause (FTS5's implicit AND); otherwise any. Every phrase counts in the score, as in FTS5's
/// <c>bm25()</c>, which sums over the query's phrases whichever clause they are in.
/// </summary>
internal sealed record WordQuery(IReadOnlyList<IReadOnlyList<WordPhrase>> Clauses, bool MatchAll);

/// <summary>A phrase of index terms (already stemmed as FTS5 stems them), and the phrase as FTS5 MATCH text.</summary>
internal sealed record WordPhrase(IReadOnlyList<string> Terms, bool Prefix, string Match = "");
