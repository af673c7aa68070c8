using System.Globalization;
using PaperBot.Benchmarks.Sqlite;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// Marks a PaperBot database whose ingest finished (<c>FILE.complete</c> beside it: the corpus format, the papers
/// ingested and the rows stored), so a later <c>--reuse</c> run can skip the ingest. A database without the mark, or
/// whose rows no longer match it, was cut short or changed: it is ingested again.
/// </summary>
internal static class KeptDatabase
{
    public static void MarkComplete(string databasePath, string format, int papers) =>
        File.WriteAllText(Marker(databasePath), Describe(databasePath, format, papers));

    public static void Forget(string databasePath) => File.Delete(Marker(databasePath));

    /// <summary>Null when the database can be reused for <paramref name="papers"/> papers of <paramref name="format"/>; otherwise why not.</summary>
    public static string? WhyNotReusable(string databasePath, string format, int papers)
    {
        if (!File.Exists(databasePath))
        {
            return "no database from an earlier run";
        }

        if (!File.Exists(Marker(databasePath)))
        {
            return "its ingest did not finish (no .complete mark)";
        }

        var expected = File.ReadAllText(Marker(databasePath)).Trim();
        var found = Describe(databasePath, format, papers);
        return expected == found ? null : $"it holds '{found}', the mark says '{expected}'";
    }

    private static string Marker(string databasePath) => databasePath + ".complete";

    private static string Describe(string databasePath, string format, int papers)
    {
        using var database = new RawDatabase(databasePath);
        var rows = database.Scalar("SELECT count(*) FROM papers");
        return string.Create(CultureInfo.InvariantCulture, $"{format}, {papers} papers ingested, {rows} rows");
    }
}
