using System.Diagnostics;
using PaperBot.Core.Text;
using PaperBot.Data.Database;
using PaperBot.Data.Search;

namespace PaperBot.Benchmarks.Search;

/// <summary>Times the parts of SqlitePaperSearch.SearchAsync one by one (see <see cref="SearchOverhead"/>).</summary>
internal static class SearchProfile
{
    public static SearchOverhead Run(SqliteDatabase database, BareSearch bare, IReadOnlyList<BenchQuery> searches, int repetitions)
    {
        double parse = 0, orm = 0, direct = 0, snippets = 0;
        var calls = 0;
        foreach (var query in searches)
        {
            for (var round = 0; round < repetitions; round++)
            {
                var start = Stopwatch.GetTimestamp();
                var match = FtsQuery.Parse(query.Text)!;
                var parsed = Stopwatch.GetTimestamp();
                var rows = database.Read(c => c.Query<SearchRow>(PaperBotSql.Search, match.AllTerms, SearchBench.Top));
                var queried = Stopwatch.GetTimestamp();
                var built = rows.Select(r => SnippetBuilder.Build(r.Abstract, match.Words)).ToList();
                var snipped = Stopwatch.GetTimestamp();
                bare.Search(match.AllTerms, SearchBench.Top);
                var bareDone = Stopwatch.GetTimestamp();
                GC.KeepAlive(built);
                parse += Stopwatch.GetElapsedTime(start, parsed).TotalMilliseconds;
                orm += Stopwatch.GetElapsedTime(parsed, queried).TotalMilliseconds;
                snippets += Stopwatch.GetElapsedTime(queried, snipped).TotalMilliseconds;
                direct += Stopwatch.GetElapsedTime(snipped, bareDone).TotalMilliseconds;
                calls++;
            }
        }

        return new SearchOverhead(parse / calls, orm / calls, direct / calls, snippets / calls);
    }

    /// <summary>The columns SqlitePaperSearch's own (private) row type maps, mapped the same way by sqlite-net.</summary>
    private sealed class SearchRow
    {
        public long Id { get; set; }

        public string Title { get; set; } = "";

        public string? ArxivId { get; set; }

        public string? PublishedOn { get; set; }

        public int? Upvotes { get; set; }

        public string Abstract { get; set; } = "";

        public double Rank { get; set; }
    }
}
