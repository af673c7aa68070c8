using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>
/// Hugging Face's <c>/api/daily_papers</c> on 127.0.0.1 (Kestrel, port 0). By default a <c>date=</c> request gets the items
/// of the real fixture <c>hf_daily_papers_sample.json</c> that were put on that day's list (their
/// <c>submittedOnDailyAt</c>), as the real API filters; other days get <c>[]</c>. <see cref="Respond"/> overrides a request.
/// </summary>
internal sealed class FakeHuggingFaceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly JsonArray _fixture;
    private int _count;

    private FakeHuggingFaceServer(WebApplication app)
    {
        _app = app;
        _fixture = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "hf", "hf_daily_papers_sample.json")))!.AsArray();
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Every request: when it arrived (since the server started), its query string and its User-Agent.</summary>
    public ConcurrentQueue<(TimeSpan At, string? Date, string? Page, string? Limit, string UserAgent)> Requests { get; } = new();

    /// <summary>(0-based request number, context) → true when it answered the request itself. Default: nothing.</summary>
    public Func<int, HttpContext, Task<bool>> Respond { get; set; } = (_, _) => Task.FromResult(false);

    public IReadOnlyList<string?> Dates => [.. Requests.Select(r => r.Date)];

    public static async Task<FakeHuggingFaceServer> StartAsync()
    {
        var app = LoopbackServer.Create();
        var server = new FakeHuggingFaceServer(app);
        app.MapGet("/api/daily_papers", server.DailyPapersAsync);
        var address = (await LoopbackServer.StartAsync(app)).AbsoluteUri;
        server.BaseUrl = new Uri(address);
        return server;
    }

    /// <summary>The fixture's items whose daily list is <paramref name="date"/> (YYYY-MM-DD).</summary>
    public JsonArray ItemsOn(string? date) =>
        new([.. _fixture.Where(i => ((string?)i!["paper"]!["submittedOnDailyAt"])?.StartsWith(date ?? "-", StringComparison.Ordinal) == true)
            .Select(i => i!.DeepClone())]);

    public async ValueTask DisposeAsync()
    {
        await LoopbackServer.StopAsync(_app);
    }

    private async Task DailyPapersAsync(HttpContext context)
    {
        var query = context.Request.Query;
        Requests.Enqueue((_clock.Elapsed, query["date"], query["p"], query["limit"], context.Request.Headers.UserAgent.ToString()));
        if (await Respond(Interlocked.Increment(ref _count) - 1, context))
        {
            return;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(ItemsOn(query["date"]).ToJsonString(), context.RequestAborted);
    }
}
