using System.Globalization;

namespace PaperBot.Core.Highlights;

/// <summary>
/// The one place subscriptions are checked and normalized, shared by the store, the shell and the Discord
/// commands, so every front end rejects the same input with the same one-line message.
/// </summary>
public static class SubscriptionRules
{
    public const int MinCount = 1;

    public const int MaxCount = 10;

    public const int MaxTopicLength = 200;

    /// <summary>What is wrong with <paramref name="request"/>, as one line that says what to do; <c>null</c> when it is fine.</summary>
    public static string? Validate(SubscriptionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.GuildId))
        {
            return "The server (guild) id is missing: subscribe from inside a server.";
        }

        if (string.IsNullOrWhiteSpace(request.ChannelId))
        {
            return "The channel id is missing: name the channel to post in.";
        }

        if (ValidateTimeZone(request.TimeZoneId) is { } zoneError)
        {
            return zoneError;
        }

        if (request.Count is < MinCount or > MaxCount)
        {
            return $"Count {request.Count} is out of range: choose {MinCount} to {MaxCount} papers.";
        }

        var topic = NormalizeTopic(request.Topic);
        return topic is { Length: > MaxTopicLength }
            ? $"The topic is {topic.Length} characters long: keep it to {MaxTopicLength} or fewer."
            : null;
    }

    /// <summary>What is wrong with a time zone name (it must be an IANA name); <c>null</c> when it is known.</summary>
    public static string? ValidateTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return "The time zone is missing: use an IANA name such as Europe/Berlin.";
        }

        var id = timeZoneId.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out _))
        {
            return $"Unknown time zone '{id}': use an IANA name such as Europe/Berlin.";
        }

        // Windows names resolve too on most systems, but the subscription must mean the same zone on every OS.
        return !TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _) && TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana)
            ? $"'{id}' is a Windows time zone name: use the IANA name {iana}."
            : null;
    }

    /// <summary>The zone of a validated subscription.</summary>
    public static TimeZoneInfo FindTimeZone(string timeZoneId) => TimeZoneInfo.FindSystemTimeZoneById(timeZoneId.Trim());

    /// <summary>Reads a time of day written HH:MM (24-hour); returns the error line, or <c>null</c> with the time.</summary>
    public static string? ParseTime(string? text, out TimeOnly time)
    {
        string[] formats = ["H:mm", "HH:mm"];
        if (TimeOnly.TryParseExact(text?.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            return null;
        }

        return $"'{text}' is not a time of day: use HH:MM on a 24-hour clock, e.g. 09:00 or 17:30.";
    }

    /// <summary>The topic as stored and shown: trimmed, inner runs of white space made one space; <c>null</c> when blank.</summary>
    public static string? NormalizeTopic(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return null;
        }

        return string.Join(' ', topic.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// What makes two topics the same subscription: the normalized topic, case-insensitive ("" for no topic),
    /// so <c>/subscribe</c> with "Diffusion  models" updates the subscription on "diffusion models".
    /// </summary>
    public static string TopicKey(string? topic) => NormalizeTopic(topic)?.ToLowerInvariant() ?? string.Empty;

    /// <summary>
    /// The deterministic nonce of a subscription's post on a local day, at most 25 characters (Discord's limit), so a
    /// retried or re-sent post is recognised as the same message.
    /// </summary>
    public static string Nonce(long subscriptionId, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"hl-{subscriptionId}-{day:yyyyMMdd}");
}
