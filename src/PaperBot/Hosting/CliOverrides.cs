namespace PaperBot.Hosting;

/// <summary>Settings given on the command line; they win over every configuration file and variable.</summary>
/// <param name="DatabasePath"><c>--db</c>.</param>
/// <param name="PageYear"><c>--page-year</c>.</param>
/// <param name="OneShot">A verb that prints its own results and errors: the log then shows only errors, so nothing is said twice.</param>
internal sealed record CliOverrides(string? DatabasePath, int? PageYear, bool OneShot)
{
    /// <summary>Settings a verb fixes for itself, by configuration key (e.g. <c>eval --mode</c> sets <c>Search:Mode</c>).</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, string?> Settings { get; init; } =
        System.Collections.Immutable.ImmutableDictionary<string, string?>.Empty;

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

        if (PageYear is not null)
        {
            yield return new("Corpus:PageYear", PageYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        foreach (var setting in Settings)
        {
            yield return setting;
        }
    }
}
