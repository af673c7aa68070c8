namespace PaperBot.Discord.Rest;

/// <summary>
/// What a REST request is for rate limiting: the method and path template (ids and tokens replaced, so it is safe to
/// log) and the major parameter (channel, guild, webhook id + token, interaction id) that Discord limits separately.
/// </summary>
internal sealed record RouteKey(string Method, string Template, string MajorParameter, bool IsInteraction)
{
    public const string GlobalMajor = "global";

    /// <summary>For logs and error messages: never contains an id or a token.</summary>
    public string Display => $"{Method} /{Template}";

    /// <summary>The bucket a route uses until Discord tells us its bucket hash.</summary>
    public string RouteId => $"{Method} {Template}";

    /// <summary>Interaction callbacks and webhooks authenticate by the token in the path and skip the global limit.</summary>
    public bool UsesBotToken => !IsInteraction;

    public bool IsInteractionCallback => IsInteraction && Template.StartsWith("interactions/", StringComparison.Ordinal);

    public static RouteKey From(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var query = path.IndexOf('?', StringComparison.Ordinal);
        var segments = (query >= 0 ? path[..query] : path).Trim('/').Split('/');
        var first = segments[0];
        var tokenRoute = first is "webhooks" or "interactions";
        var template = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            // Position 2 of /webhooks/{id}/{token} and /interactions/{id}/{token} is a secret, whatever it looks like.
            template[i] = tokenRoute && i == 2 ? "{token}" : IsId(segments[i]) ? "{id}" : segments[i];
        }

        var major = GlobalMajor;
        if (segments.Length >= 2 && first is "channels" or "guilds" or "interactions")
        {
            major = $"{first}/{segments[1]}";
        }
        else if (segments.Length >= 2 && first == "webhooks")
        {
            major = segments.Length >= 3 ? $"webhooks/{segments[1]}/{segments[2]}" : $"webhooks/{segments[1]}";
        }

        return new RouteKey(method.Method, string.Join('/', template), major, tokenRoute);
    }

    private static bool IsId(string segment) => segment.Length > 0 && segment.All(char.IsAsciiDigit);
}
