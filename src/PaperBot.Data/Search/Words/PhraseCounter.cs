using System.Globalization;
using PaperBot.Data.Database;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Counts phrases the way FTS5 matches them: the papers' current titles and abstracts go through a scratch FTS5 table
/// with the same tokenizer, and a phrase occurs where its terms stand at consecutive offsets of one column.
/// </summary>
internal sealed class PhraseCounter(SqliteDatabase database, ScratchFts scratch) : IPhraseCounter
{
    private const string TextsSql = "SELECT id AS Id, title AS Title, abstract AS Abstract FROM papers WHERE id IN (SELECT value FROM json_each(?))";

    public Dictionary<int, int[]> Count(IReadOnlyList<int> papers, IReadOnlyList<WordPhrase> phrases)
    {
        var json = "[" + string.Join(',', papers.Select(p => p.ToString(CultureInfo.InvariantCulture))) + "]";
        var texts = database.Read(c => c.Query<PaperText>(TextsSql, json));
        var counts = new Dictionary<int, int[]>();
        scratch.Clear();
        try
        {
            foreach (var text in texts)
            {
                scratch.Add(text.Id, text.Title, text.Abstract);
                counts[(int)text.Id] = new int[phrases.Count];
            }

            var positions = new List<(long Paper, bool InTitle, int Offset)>();
            for (var p = 0; p < phrases.Count; p++)
            {
                var phrase = phrases[p];
                var starts = new HashSet<(long Paper, bool InTitle, int Offset)>();
                for (var t = 0; t < phrase.Terms.Count; t++)
                {
                    positions.Clear();
                    scratch.Positions(phrase.Terms[t], phrase.Prefix && t == phrase.Terms.Count - 1, positions);

                    // A phrase starts at s when its t-th term stands at s + t.
                    var shifted = positions.Select(x => (x.Paper, x.InTitle, x.Offset - t));
                    starts = t == 0 ? [.. shifted] : [.. shifted.Where(starts.Contains)];
                }

                foreach (var start in starts)
                {
                    counts[(int)start.Paper][p] += start.InTitle ? WordPostings.TitleWeight : 1;
                }
            }
        }
        finally
        {
            scratch.Clear();
        }

        return counts;
    }
}
