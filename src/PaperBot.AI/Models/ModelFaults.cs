using System.ClientModel;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.SemanticKernel;

namespace PaperBot.AI.Models;

/// <summary>Names a model failure in a few words for the reader's notice and the log (never the exception's message).</summary>
internal static class ModelFaults
{
    public const string Timeout = "timeout";
    public const string RateLimited = "rate limited";
    public const string ServerError = "server error";
    public const string NotAuthorized = "not authorized";
    public const string Unreachable = "unreachable";
    public const string InvalidResponse = "invalid response";
    public const string InvalidToolCall = "invalid tool call";
    public const string EmptyAnswer = "empty answer";

    public static string Describe(Exception exception, bool timedOut)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (timedOut || exception is OperationCanceledException or TimeoutException)
        {
            return Timeout;
        }

        if (exception is ToolCallException)
        {
            return InvalidToolCall;
        }

        if (StatusOf(exception) is { } status)
        {
            return status switch
            {
                429 => RateLimited,
                401 or 403 => NotAuthorized,
                >= 500 => ServerError,
                _ => $"HTTP {status}",
            };
        }

        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case HttpRequestException or SocketException or IOException:
                    return Unreachable;
                case OperationCanceledException or TimeoutException:
                    return Timeout;
                case JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException:
                    return InvalidResponse;
                default:
                    break;
            }
        }

        return exception is HttpOperationException or ClientResultException ? Unreachable : InvalidResponse;
    }

    private static int? StatusOf(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: { } code } => (int)code,
        ClientResultException { Status: > 0 } result => result.Status,
        HttpRequestException { StatusCode: { } code } => (int)code,
        _ => exception.InnerException is { } inner ? StatusOf(inner) : null,
    };
}
