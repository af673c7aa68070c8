namespace PaperBot.Core.Corpus;

/// <summary>
/// Which arXiv categories an ingest keeps (<c>ingest --categories cs.CL,cs.LG,stat.</c>): exact codes, and
/// prefixes (a value ending in "."), any of which a paper must have. <see cref="All"/> keeps every paper.
/// </summary>
public sealed class CategoryFilter
{
    private readonly HashSet<string> _exact;
    private readonly string[] _prefixes;

    private CategoryFilter(HashSet<string> exact, string[] prefixes)
    {
        _exact = exact;
        _prefixes = prefixes;
    }

    /// <summary>No filter: every paper is loaded, with or without categories.</summary>
    public static CategoryFilter All { get; } = new([], []);

    /// <summary>True when the filter keeps every paper.</summary>
    public bool IsAll => _exact.Count == 0 && _prefixes.Length == 0;

    /// <summary>
    /// Parses a comma-separated list. An unknown code (or a prefix no code starts with) is a
    /// <see cref="FormatException"/> whose message is one line naming the closest known codes.
    /// </summary>
    public static CategoryFilter Parse(string? text)
    {
        var values = (text ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (values.Length == 0)
        {
            throw new FormatException("--categories needs at least one arXiv category, e.g. --categories cs.CL,cs.LG or cs. for all of cs");
        }

        var exact = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        foreach (var value in values)
        {
            var isPrefix = value.EndsWith('.');
            if (isPrefix && ArxivCategories.All.Any(c => c.StartsWith(value, StringComparison.Ordinal)))
            {
                prefixes.Add(value);
                continue;
            }

            if (!isPrefix && ArxivCategories.IsKnown(value))
            {
                exact.Add(value);
                continue;
            }

            var closest = string.Join(", ", ArxivCategories.Closest(value.TrimEnd('.')));
            throw new FormatException($"unknown arXiv category \"{value}\" in --categories: did you mean {closest}? (a prefix ends in \".\", e.g. cs.)");
        }

        return new CategoryFilter(exact, prefixes.ToArray());
    }

    /// <summary>The categories and prefixes, sorted and comma-separated (empty for <see cref="All"/>).</summary>
    public override string ToString() => string.Join(',', _exact.Concat(_prefixes).Order(StringComparer.Ordinal));

    /// <summary>True when the filter keeps a paper with these categories (a paper without any is kept only by <see cref="All"/>).</summary>
    public bool Matches(IReadOnlyList<string> categories)
    {
        if (IsAll)
        {
            return true;
        }

        foreach (var category in categories)
        {
            if (_exact.Contains(category))
            {
                return true;
            }

            foreach (var prefix in _prefixes)
            {
                if (category.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
