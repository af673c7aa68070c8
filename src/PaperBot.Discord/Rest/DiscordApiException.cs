using System.Net;

namespace PaperBot.Discord.Rest;

/// <summary>
/// Discord refused a request: the HTTP status, Discord's error <see cref="Code"/> (see <see cref="DiscordErrorCodes"/>;
/// 0 when the body was not Discord's JSON) and, for 50035, the JSON of the fields that failed.
/// </summary>
internal sealed class DiscordApiException : Exception
{
    public DiscordApiException()
    {
    }

    public DiscordApiException(string message)
        : base(message)
    {
    }

    public DiscordApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DiscordApiException(HttpStatusCode status, int code, string message, string? errorsJson = null)
        : base(message)
    {
        Status = status;
        Code = code;
        ErrorsJson = errorsJson;
    }

    public HttpStatusCode Status { get; }

    public int Code { get; }

    public string? ErrorsJson { get; }
}
