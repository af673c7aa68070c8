using PaperBot.Data.Database;
using SQLite;

namespace PaperBot.Data.Search.Words;

/// <summary>
/// Every token of an FTS5 table, read through an <c>fts5vocab</c> table of type <c>instance</c>: (term, paper, column, offset),
/// ordered by term bytes, then paper. Reading FTS5's own tokens is what makes the word index agree with FTS5 exactly
/// (the same porter stems, the same unicode61 folding) without a second tokenizer to keep in step.
/// </summary>
internal sealed class TokenInstances : IDisposable
{
    private readonly Statement _statement;

    /// <param name="vocabTable">An <c>fts5vocab(..., instance)</c> table.</param>
    public TokenInstances(SQLiteConnection connection, string vocabTable)
    {
        _statement = new Statement(connection, $"SELECT term, doc, col, offset FROM {vocabTable}");
    }

    /// <summary>The current instance's term as UTF-8: valid until the next <see cref="Next"/>.</summary>
    public ReadOnlySpan<byte> Term => _statement.GetBlobSpan(0);

    public long Paper => _statement.GetInt64(1);

    /// <summary>True for the title column: FTS5 names the column, and only the title's name starts with 't'.</summary>
    public bool InTitle => _statement.GetBlobSpan(2) is [(byte)'t', ..];

    /// <summary>The instance's position in its column, in tokens from the column's start.</summary>
    public int Offset => (int)_statement.GetInt64(3);

    public bool Next() => _statement.Read();

    public void Dispose() => _statement.Dispose();
}
