using System.Collections.Concurrent;
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

namespace PaperBot.IntegrationTests.Ai;

/// <summary>
/// An OpenAI-compatible server on 127.0.0.1 (Kestrel, port 0): <c>/v1/chat/completions</c> answers from a script
/// (request number and body in, <see cref="FakeReply"/> out) and <c>/v1/embeddings</c> answers with base64
/// little-endian float32 vectors, as the real API does for <c>encoding_format: base64</c>, and <c>GET /v1/models</c>
/// answers from <see cref="Models"/>. Every request is recorded.
/// </summary>
internal sealed class FakeOpenAiServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _chatCount;
    private int _modelCount;

    private FakeOpenAiServer(WebApplication app) => _app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>The chat script: (0-based request number, request body) → reply. Default: a plain answer.</summary>
    public Func<int, JsonObject, FakeReply> Chat { get; set; } = (_, _) => FakeReply.Text("Hello.");

    /// <summary>The vector for an input text. Default: three floats derived from the text's length.</summary>
    public Func<string, float[]> Embed { get; set; } = text => [text.Length, -0.5f, 1e-3f];

    /// <summary>The answer to <c>GET /v1/models</c>. Default: a list holding <c>fake-chat</c>.</summary>
    public Func<FakeReply> Models { get; set; } = () => FakeReply.ModelList("fake-chat");

    public ConcurrentQueue<JsonObject> ChatRequests { get; } = new();

    /// <summary>How many times <c>GET /v1/models</c> was asked.</summary>
    public int ModelListRequests => Volatile.Read(ref _modelCount);

    public ConcurrentQueue<JsonObject> EmbeddingRequests { get; } = new();

    public ConcurrentQueue<string> Authorizations { get; } = new();

    public static async Task<FakeOpenAiServer> StartAsync()
    {
        var app = LoopbackServer.Create();
        var server = new FakeOpenAiServer(app);
        app.MapPost("/v1/chat/completions", server.CompleteAsync);
        app.MapPost("/v1/embeddings", server.EmbedAsync);
        app.MapGet("/v1/models", server.ListModelsAsync);
        var address = (await LoopbackServer.StartAsync(app)).AbsoluteUri;
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    /// <summary>A request's messages with the given role.</summary>
    public static IEnumerable<JsonObject> Messages(JsonObject request, string role) =>
        request["messages"]!.AsArray().OfType<JsonObject>().Where(m => (string?)m["role"] == role);

    /// <summary>The text of a message (string content or an array of text parts).</summary>
    public static string ContentOf(JsonObject message) => message["content"] switch
    {
        JsonValue value => (string?)value ?? string.Empty,
        JsonArray parts => string.Concat(parts.OfType<JsonObject>().Select(p => (string?)p["text"])),
        _ => string.Empty,
    };

    public async ValueTask DisposeAsync()
    {
        await LoopbackServer.StopAsync(_app);
    }

    private async Task CompleteAsync(HttpContext context)
    {
        var body = await ReadAsync(context);
        ChatRequests.Enqueue(body);
        var reply = Chat(Interlocked.Increment(ref _chatCount) - 1, body);
        await reply.WriteAsync(context, (string?)body["model"] ?? "fake");
    }

    private async Task ListModelsAsync(HttpContext context)
    {
        Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        Interlocked.Increment(ref _modelCount);
        await Models().WriteAsync(context, "fake");
    }

    private async Task EmbedAsync(HttpContext context)
    {
        var body = await ReadAsync(context);
        EmbeddingRequests.Enqueue(body);
        var inputs = body["input"] switch
        {
            JsonArray array => array.Select(i => (string?)i ?? string.Empty).ToArray(),
            var single => [(string?)single ?? string.Empty],
        };
        var data = new JsonArray();
        for (var i = 0; i < inputs.Length; i++)
        {
            var vector = Embed(inputs[i]);
            var bytes = new byte[vector.Length * sizeof(float)];
            for (var j = 0; j < vector.Length; j++)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(j * sizeof(float)), vector[j]);
            }

            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = Convert.ToBase64String(bytes) });
        }

        var response = new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = (string?)body["model"] ?? "fake",
            ["usage"] = new JsonObject { ["prompt_tokens"] = 1, ["total_tokens"] = 1 },
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(response.ToJsonString(), context.RequestAborted);
    }

    private async Task<JsonObject> ReadAsync(HttpContext context)
    {
        Authorizations.Enqueue(context.Request.Headers.Authorization.ToString());
        return (await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted))!.AsObject();
    }
}
