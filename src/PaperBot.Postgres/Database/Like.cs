namespace PaperBot.Postgres.Database;

/// <summary>LIKE patterns built from user text, whose own <c>%</c>, <c>_</c> and <c>\</c> are escaped so they match only themselves.</summary>
internal static class Like
{
    /// <summary>"Starts with <paramref name="text"/>".</summary>
    public static string Prefix(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
    }
}
