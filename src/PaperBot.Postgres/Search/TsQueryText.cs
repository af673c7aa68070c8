namespace PaperBot.Postgres.Search;

/// <summary>Lexemes as <c>tsquery</c> text: quoted, so whatever a lexeme holds is read as that one lexeme.</summary>
internal static class TsQueryText
{
    /// <summary><paramref name="lexeme"/> between single quotes, its quotes doubled and backslashes escaped.</summary>
    public static string Lexeme(string lexeme)
    {
        ArgumentNullException.ThrowIfNull(lexeme);
        return "'" + lexeme.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}
