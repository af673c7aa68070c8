using System.Globalization;
using PaperBot.Core.Papers;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary>
/// Suggestions for the filters of <c>/search</c>: the corpus's categories as they are typed (most papers first, with
/// counts), and date bounds such as "past month" as concrete days. The category list is kept for a few minutes:
/// counting it reads the whole category index (about 0.3 s at a million papers), too slow for every keystroke, and
/// it only changes when papers are ingested.
/// </summary>
internal sealed class SearchFilterChoices(IPaperStore store, TimeProvider time)
{
    /// <summary>How long the category list is reused. New categories appear in suggestions after this at most.</summary>
    public static readonly TimeSpan CategoriesKept = TimeSpan.FromMinutes(10);

    private (IReadOnlyList<CategoryCount> Categories, DateTimeOffset ReadAt)? _cached;

    /// <summary>The corpus's categories with their counts, most papers first (at most <see cref="CategoriesKept"/> old).</summary>
    public async Task<IReadOnlyList<CategoryCount>> CategoriesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cached is { } cached && now - cached.ReadAt < CategoriesKept)
        {
            return cached.Categories;
        }

        var categories = await store.GetCategoriesAsync(cancellationToken).ConfigureAwait(false);
        _cached = (categories, now);
        return categories;
    }

    /// <summary>
    /// Categories for the last comma-separated part of <paramref name="typed"/> (earlier parts are kept in the value):
    /// those starting with it, then those containing it, most papers first, as "cs.CL (12,345)".
    /// </summary>
    public async Task<IReadOnlyList<AutocompleteChoice>> CompleteCategoryAsync(string typed, CancellationToken cancellationToken)
    {
        var categories = await CategoriesAsync(cancellationToken).ConfigureAwait(false);
        var comma = typed.LastIndexOf(',');
        var before = comma < 0 ? "" : typed[..(comma + 1)].Replace(" ", "", StringComparison.Ordinal);
        var part = typed[(comma + 1)..].Trim();
        var chosen = before.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return categories
            .Where(c => c.Category.Contains(part, StringComparison.OrdinalIgnoreCase) && !chosen.Contains(c.Category))
            .OrderBy(c => !c.Category.StartsWith(part, StringComparison.OrdinalIgnoreCase))
            .Take(DiscordLimits.AutocompleteChoices)
            .Select(c => new AutocompleteChoice(
                Text.Cut(before + c.Category + string.Create(CultureInfo.InvariantCulture, $" ({c.Papers:N0})"), DiscordLimits.ChoiceName),
                before + c.Category))
            .Where(c => c.Value.Length <= SearchCommand.MaxCategoryLength)
            .ToList();
    }

    /// <summary>
    /// Date bounds: what was typed when it reads as a date (with the day it means), else ranges relative to today
    /// whose value is a concrete day, so a More results button keeps the same range tomorrow.
    /// </summary>
    public IReadOnlyList<AutocompleteChoice> CompleteDate(string typed, bool since)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var text = typed.Trim();
        var choices = new List<AutocompleteChoice>();
        if (text.Length > 0 && (since ? FilterDates.TryParseStart(text, out var day) : FilterDates.TryParseEnd(text, out day)))
        {
            choices.Add(new AutocompleteChoice($"{text} ({(since ? "from" : "to")} {Day(day)})", text));
        }

        IEnumerable<(string Name, DateOnly Day)> relative = since
            ? [("past week", today.AddDays(-7)), ("past month", today.AddMonths(-1)), ("past year", today.AddYears(-1)), ($"this year", new DateOnly(today.Year, 1, 1))]
            : [("today", today), ("end of last month", new DateOnly(today.Year, today.Month, 1).AddDays(-1)), ("end of last year", new DateOnly(today.Year - 1, 12, 31))];
        choices.AddRange(relative
            .Where(r => text.Length == 0 || r.Name.Contains(text, StringComparison.OrdinalIgnoreCase) || Day(r.Day).StartsWith(text, StringComparison.Ordinal))
            .Select(r => new AutocompleteChoice($"{r.Name} ({(since ? "from" : "to")} {Day(r.Day)})", Day(r.Day))));
        return choices;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
