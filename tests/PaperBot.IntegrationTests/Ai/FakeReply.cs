using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>One scripted answer of the fake OpenAI server: a completion, a tool call, or a fault.</summary>
internal abstract record FakeReply
{
    public static FakeReply Text(string content) => new Completion(new JsonObject { ["role"] = "assistant", ["content"] = content }, "stop");

    public static FakeReply ToolCall(string name, string argumentsJson, string id = "call_1") => new Completion(
        new JsonObject
        {
            ["role"] = "assistant",
            ["content"] = null,
            ["tool_calls"] = new JsonArray(new JsonObject
            {
                ["id"] = id,
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = name, ["arguments"] = argumentsJson },
            }),
        },
        "tool_calls");

    /// <summary>An OpenAI <c>/models</c> list; <paramref name="ownedBy"/> as the server says it (llama.cpp: <c>llamacpp</c>).</summary>
    public static FakeReply ModelList(params string[] ids) => ModelListOwnedBy("library", ids);

    public static FakeReply ModelListOwnedBy(string ownedBy, params string[] ids) => new Json(new JsonObject
    {
        ["object"] = "list",
        ["data"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["object"] = "model", ["created"] = 1_700_000_000, ["owned_by"] = ownedBy })]),
    });

    /// <summary>Answers only after <paramref name="gate"/> completes (or when the client gives up).</summary>
    public static FakeReply After(Task gate, FakeReply then) => new Gated(gate, then);

    /// <summary>Answers only after <paramref name="delay"/> (or when the client gives up).</summary>
    public static FakeReply Slow(TimeSpan delay, FakeReply then) => new Delayed(delay, then);

    public static FakeReply Status(int status, string body = """{"error":{"message":"fake failure","type":"server_error"}}""", int? retryAfterSeconds = null) =>
        new Failure(status, body, retryAfterSeconds);

    /// <summary>200 OK with a body that is not a completion.</summary>
    public static FakeReply Garbage() => new Failure(200, "{\"choices\": [ this is not json", null);

    public abstract Task WriteAsync(HttpContext context, string model);

    private sealed record Completion(JsonObject Message, string FinishReason) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, string model)
        {
            var body = new JsonObject
            {
                ["id"] = "chatcmpl-fake",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = Message.DeepClone(),
                    ["finish_reason"] = FinishReason,
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 5, ["total_tokens"] = 15 },
            };
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
        }
    }

    private sealed record Json(JsonObject Body) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, string model)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(Body.ToJsonString(), context.RequestAborted);
        }
    }

    private sealed record Gated(Task Gate, FakeReply Then) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, string model)
        {
            try
            {
                await Gate.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Then.WriteAsync(context, model);
        }
    }

    private sealed record Delayed(TimeSpan Delay, FakeReply Then) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, string model)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Then.WriteAsync(context, model);
        }
    }

    private sealed record Failure(int StatusCode, string Body, int? RetryAfterSeconds) : FakeReply
    {
        public override async Task WriteAsync(HttpContext context, string model)
        {
            context.Response.StatusCode = StatusCode;
            context.Response.ContentType = "application/json";
            if (RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await context.Response.WriteAsync(Body, context.RequestAborted);
        }
    }
}
