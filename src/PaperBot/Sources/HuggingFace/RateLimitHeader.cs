using System.Globalization;
using System.Net.Http.Headers;

namespace PaperBot.Sources.HuggingFace;

/// <summary>
/// How long a 429 asks us to wait: the IETF draft <c>RateLimit</c> header Hugging Face sends (<c>"api";r=0;t=38</c>,
/// <c>t</c> in seconds), else the standard <c>Retry-After</c> (seconds or an HTTP date).
/// </summary>
internal static class RateLimitHeader
{
    public static TimeSpan? WaitOf(HttpResponseHeaders headers, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (headers.TryGetValues("RateLimit", out var values))
        {
            foreach (var value in values)
            {
                if (ParseReset(value) is { } seconds)
                {
                    return TimeSpan.FromSeconds(seconds);
                }
            }
        }

        return headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>The <c>t</c> parameter of a RateLimit field value (a list of items with <c>;key=value</c> parameters).</summary>
    public static int? ParseReset(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        foreach (var item in value.Split(','))
        {
            foreach (var parameter in item.Split(';').Skip(1))
            {
                var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
                if (pair is ["t", var number] && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
                {
                    return seconds;
                }
            }
        }

        return null;
    }
}
