namespace PaperBot.Benchmarks.Search;

/// <summary>
/// Where SearchAsync's time goes beside the FTS5 query, as mean milliseconds per query over the search set:
/// FtsQuery.Parse, the same query through sqlite-net (prepare, run, map rows by reflection) against the bare
/// prepared statement, and SnippetBuilder over the rows returned.
/// </summary>
internal sealed record SearchOverhead(double ParseMs, double SqliteNetQueryMs, double BareQueryMs, double SnippetsMs);
