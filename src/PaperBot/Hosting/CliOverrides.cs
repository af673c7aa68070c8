namespace PaperBot.Hosting;

/// <summary>Settings given on the command line; they win over every configuration file and variable.</summary>
/// <param name="DatabasePath"><c>--db</c>.</param>
/// <param name="PageYear"><c>--page-year</c>.</param>
/// <param name="OneShot">A verb that prints its own results and errors: the log then shows only errors, so nothing is said twice.</param>
/// <param name="SearchMode"><c>eval --mode</c>: the ranking to evaluate (<c>Search:Mode</c>).</param>
internal sealed record CliOverrides(string? DatabasePath, int? PageYear, bool OneShot, string? SearchMode = null)
{
    public static CliOverrides None { get; } = new(null, null, OneShot: false);

    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        if (DatabasePath is not null)
        {
            yield return new("Storage:DatabasePath", DatabasePath);
        }

        if (OneShot)
        {
            yield return new("Logging:LogLevel:Default", "Error");
            yield return new("Logging:LogLevel:PaperBot", "Error");
        }

        if (SearchMode is not null)
        {
            yield return new("Search:Mode", SearchMode);
        }

        if (PageYear is not null)
        {
            yield return new("Corpus:PageYear", PageYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
