using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// An in-memory FTS5 table tokenized exactly like <c>papers_fts</c>: it turns words into the terms the index holds, and
/// papers added since the index was built into a small index of their own. Not thread-safe: one owner at a time.
/// </summary>
internal sealed class ScratchFts : IDisposable
{
    /// <summary>The tokenizer of <c>papers_fts</c> (Schema version 1); a test holds the two to the same tokens.</summary>
    public const string Tokenizer = "porter unicode61 remove_diacritics 2";

    public const string InstanceTable = "scratch_instances";

    private readonly SQLiteConnection _connection;
    private readonly Statement _insert;
    private readonly Statement _orderedTerms;

    public ScratchFts()
    {
        _connection = new SQLiteConnection(":memory:");
        _connection.Execute($"CREATE VIRTUAL TABLE scratch USING fts5(title, abstract, tokenize='{Tokenizer}')");
        _connection.Execute($"CREATE VIRTUAL TABLE {InstanceTable} USING fts5vocab(scratch, instance)");
        _insert = new Statement(_connection, "INSERT INTO scratch(rowid, title, abstract) VALUES (?, ?, ?)");
        _orderedTerms = new Statement(_connection, $"SELECT term FROM {InstanceTable} ORDER BY col, offset");
    }

    public SQLiteConnection Connection => _connection;

    public void Add(long paperId, string title, string @abstract)
    {
        _insert.Bind(1, paperId).Bind(2, title).Bind(3, @abstract).Execute();
    }

    public void Clear()
    {
        _connection.Execute("DELETE FROM scratch");
    }

    /// <summary>The terms of <paramref name="text"/>, in order, as FTS5 indexes them ("Models" becomes "model").</summary>
    public List<string> Terms(string text)
    {
        Clear();
        Add(1, string.Empty, text);
        var terms = new List<string>();
        try
        {
            while (_orderedTerms.Read())
            {
                terms.Add(_orderedTerms.GetText(0) ?? string.Empty);
            }
        }
        finally
        {
            _orderedTerms.Reset();
            Clear();
        }

        return terms;
    }

    /// <summary>Tokens per paper added, by paper id up to <paramref name="maxPaperId"/>.</summary>
    public ushort[] Lengths(long maxPaperId) => DocumentLengths.Read(_connection, "scratch_docsize", maxPaperId);

    public void Dispose()
    {
        _insert.Dispose();
        _orderedTerms.Dispose();
        _connection.Dispose();
    }
}
