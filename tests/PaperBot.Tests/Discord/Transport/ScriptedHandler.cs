using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace PaperBot.Tests.Discord.Transport;

/// <summary>An HTTP handler that answers from a script (one response per request, the last one repeats) and records requests.</summary>
internal sealed class ScriptedHandler(params Func<HttpResponseMessage>[] script) : HttpMessageHandler
{
    private int _next;

    public ConcurrentQueue<HttpRequestMessage> Requests { get; } = new();

    /// <summary>Request bodies, read when sent (the client disposes the request afterwards).</summary>
    public ConcurrentQueue<string> Bodies { get; } = new();

    public static Func<HttpResponseMessage> Json(HttpStatusCode status, string json, params (string Name, string Value)[] headers) => () =>
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    };

    public static Func<HttpResponseMessage> Throw(Exception exception) => () => throw exception;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        Bodies.Enqueue(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
        var index = Math.Min(Interlocked.Increment(ref _next) - 1, script.Length - 1);
        return script[index]();
    }
}
