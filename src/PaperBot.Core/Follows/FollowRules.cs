using System.Globalization;
using System.Text;

namespace PaperBot.Core.Follows;

/// <summary>The one place follows are checked, normalized and matched, and digest periods are named.</summary>
public static class FollowRules
{
    public const int MaxFollows = 25;

    public const int MaxAuthorLength = 100;

    public const int MaxTopicLength = 200;

    /// <summary>Papers in one digest at most.</summary>
    public const int MaxDigestPapers = 10;

    /// <summary>The reason a member's follows are paused when their DMs are closed; <c>/follow list</c> shows it.</summary>
    public const string DmsClosedReason = "PaperBot can't DM you (open your DMs, then /follow resume)";

    /// <summary>What is wrong with the follow, as one line that says what to do; <c>null</c> when it is fine.</summary>
    public static string? Validate(FollowKind kind, string? text)
    {
        var trimmed = text?.Trim() ?? "";
        var what = kind == FollowKind.Author ? "an author's name" : "a topic";
        if (trimmed.Length == 0)
        {
            return $"Give {what} to follow.";
        }

        var max = kind == FollowKind.Author ? MaxAuthorLength : MaxTopicLength;
        if (trimmed.Length > max)
        {
            return $"That is {trimmed.Length} characters long: keep {what} to {max} or fewer.";
        }

        return kind == FollowKind.Author && !trimmed.Any(char.IsLetter) ? "An author's name needs letters." : null;
    }

    /// <summary>"daily" or "weekly" (the default); null for anything else.</summary>
    public static DigestPeriod? ParsePeriod(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "weekly" or "week" => DigestPeriod.Weekly,
        "daily" or "day" => DigestPeriod.Daily,
        _ => null,
    };

    /// <summary>A name or topic as compared: lower case, accents removed, single spaces.</summary>
    public static string Key(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '.' or ',' or '-')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Whether an author of a paper is the followed name (same words, case and accents aside).</summary>
    public static bool IsAuthor(string followed, IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(authors);
        var key = Key(followed);
        return key.Length > 0 && authors.Any(a => Key(a) == key);
    }

    /// <summary>The period the moment falls in: the UTC day ("2026-12-07") or the ISO week ("2026-W49").</summary>
    public static string PeriodKey(DigestPeriod period, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        if (period == DigestPeriod.Daily)
        {
            return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>When the period after the one <paramref name="at"/> falls in starts (UTC midnight; Monday for weeks).</summary>
    public static DateTimeOffset NextPeriodStart(DigestPeriod period, DateTimeOffset at)
    {
        var day = DateOnly.FromDateTime(at.UtcDateTime);
        var days = period == DigestPeriod.Daily ? 1 : 7 - (((int)day.DayOfWeek + 6) % 7);
        return new DateTimeOffset(day.AddDays(days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

    /// <summary>Days of papers a digest looks back over (papers already in an earlier digest are left out).</summary>
    public static int LookbackDays(DigestPeriod period) => period == DigestPeriod.Daily ? 2 : 8;

    /// <summary>The digest's Discord nonce (at most 25 characters), the same for every send of one member's period.</summary>
    public static string Nonce(string memberId, string periodKey)
    {
        ArgumentNullException.ThrowIfNull(memberId);
        ArgumentNullException.ThrowIfNull(periodKey);
        // FNV-1a over the member and period: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in $"{memberId}/{periodKey}")
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return string.Create(CultureInfo.InvariantCulture, $"fd-{hash:x16}");
    }
}
