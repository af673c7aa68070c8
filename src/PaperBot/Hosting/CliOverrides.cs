namespace PaperBot.Hosting;

/// <summary>Settings given on the command line; they win over every configuration file and variable.</summary>
internal sealed record CliOverrides(string? DatabasePath, int? PageYear)
{
    public static CliOverrides None { get; } = new(null, null);

    public IEnumerable<KeyValuePair<string, string?>> AsConfiguration()
    {
        if (DatabasePath is not null)
        {
            yield return new("Storage:DatabasePath", DatabasePath);
        }

        if (PageYear is not null)
        {
            yield return new("Corpus:PageYear", PageYear.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
