using System.Globalization;

namespace PaperBot.Core.Papers;

/// <summary>
/// The one place search filters are read and checked, shared by the CLI, the shell and Discord, so every front end
/// rejects the same input with the same one-line message. Categories are matched to the corpus's own spelling
/// (<c>cs.cl</c> finds <c>cs.CL</c>); one the corpus lacks is an error naming the closest ones it has.
/// </summary>
public static class SearchFilterRules
{
    /// <summary>More categories than this narrow nothing further and would not fit a Discord button.</summary>
    public const int MaxCategories = 5;

    private const int ClosestShown = 3;

    /// <summary>
    /// The filter <paramref name="text"/> asks for, checked against the corpus's categories (read from
    /// <paramref name="store"/> only when a category is given); or the one-line error that says what to do.
    /// </summary>
    public static Task<(SearchFilter Filter, string? Error)> ReadAsync(SearchFilterText text, IPaperStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ReadAsync(text, store.GetCategoriesAsync, cancellationToken);
    }

    /// <summary>As the other overload, with the corpus's categories from <paramref name="corpusCategories"/> (a cached list).</summary>
    public static async Task<(SearchFilter Filter, string? Error)> ReadAsync(
        SearchFilterText text, Func<CancellationToken, Task<IReadOnlyList<CategoryCount>>> corpusCategories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(corpusCategories);
        if (ParseDates(text, out var since, out var until) is { } dateError)
        {
            return (SearchFilter.None, dateError);
        }

        var typed = SplitCategories(text.Categories);
        if (typed.Count > MaxCategories)
        {
            return (SearchFilter.None, $"Too many categories ({typed.Count}): give at most {MaxCategories}, e.g. {text.OptionPrefix}category cs.CL,cs.LG.");
        }

        IReadOnlyList<string> categories = [];
        if (typed.Count > 0)
        {
            var known = await corpusCategories(cancellationToken).ConfigureAwait(false);
            if (ResolveCategories(typed, known, text.OptionPrefix, out categories) is { } categoryError)
            {
                return (SearchFilter.None, categoryError);
            }
        }

        return (new SearchFilter { Categories = categories, Since = since, Until = until }, null);
    }

    /// <summary>The date bounds, or the error naming the option that is wrong and what to write instead.</summary>
    public static string? ParseDates(SearchFilterText text, out DateOnly? since, out DateOnly? until)
    {
        ArgumentNullException.ThrowIfNull(text);
        since = null;
        until = null;
        if (!string.IsNullOrWhiteSpace(text.Since))
        {
            if (!FilterDates.TryParseStart(text.Since, out var start))
            {
                return $"{text.OptionPrefix}since must be a date like 2024-05-01, 2024-05 or 2024.";
            }

            since = start;
        }

        if (!string.IsNullOrWhiteSpace(text.Until))
        {
            if (!FilterDates.TryParseEnd(text.Until, out var end))
            {
                return $"{text.OptionPrefix}until must be a date like 2024-12-31, 2024-12 or 2024.";
            }

            until = end;
        }

        return since > until
            ? string.Create(CultureInfo.InvariantCulture, $"{text.OptionPrefix}since ({since:yyyy-MM-dd}) is after {text.OptionPrefix}until ({until:yyyy-MM-dd}): swap them or widen the range.")
            : null;
    }

    /// <summary>"cs.CL, cs.LG" or "cs.CL cs.LG" -> [cs.CL, cs.LG], each once.</summary>
    public static IReadOnlyList<string> SplitCategories(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? []
            : text.Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>
    /// Each typed category in the corpus's spelling (a prefix such as <c>cs.</c> passes when some category starts
    /// with it); the first unknown one is an error naming the closest categories the corpus has.
    /// </summary>
    public static string? ResolveCategories(IReadOnlyList<string> typed, IReadOnlyList<CategoryCount> known, string optionPrefix, out IReadOnlyList<string> resolved)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(known);
        resolved = [];
        if (typed.Count > 0 && known.Count == 0)
        {
            return $"No paper in the corpus has arXiv categories yet (they come from the arXiv snapshot): search without {optionPrefix}category.";
        }

        var result = new List<string>(typed.Count);
        foreach (var category in typed)
        {
            if (Resolve(category, known) is { } match)
            {
                result.Add(match);
                continue;
            }

            var closest = Closest(category, known).Select(c => c.Category);
            return $"Unknown category \"{category}\": the closest the corpus has are {string.Join(", ", closest)}.";
        }

        resolved = result;
        return null;
    }

    /// <summary>The corpus's categories nearest to <paramref name="typed"/> by spelling, then by how many papers they hold.</summary>
    public static IEnumerable<CategoryCount> Closest(string typed, IReadOnlyList<CategoryCount> known) =>
        known.OrderBy(c => EditDistance.Between(typed.ToLowerInvariant(), c.Category.ToLowerInvariant()))
            .ThenByDescending(c => c.Papers)
            .ThenBy(c => c.Category, StringComparer.Ordinal)
            .Take(ClosestShown);

    private static string? Resolve(string category, IReadOnlyList<CategoryCount> known)
    {
        if (category.EndsWith('.'))
        {
            // A prefix: the corpus's spelling of the archive ("CS." -> "cs."), when any category is in it.
            var match = known.FirstOrDefault(c => c.Category.StartsWith(category, StringComparison.OrdinalIgnoreCase));
            return match is null ? null : match.Category[..category.Length];
        }

        return known.FirstOrDefault(c => c.Category.Equals(category, StringComparison.Ordinal))?.Category
            ?? known.FirstOrDefault(c => c.Category.Equals(category, StringComparison.OrdinalIgnoreCase))?.Category;
    }
}
