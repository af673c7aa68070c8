using System.Text;
using System.Text.Json.Nodes;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>
/// How real local OpenAI-compatible servers answer when they cannot do what PaperBot asks, word for word from their
/// documented behaviour: llama.cpp's server without <c>--jinja</c>, vLLM without <c>--enable-auto-tool-choice</c>, Ollama
/// with a model that has no tool template, and Ollama's context window, which silently drops the start of a longer prompt.
/// </summary>
internal static class LocalServers
{
    public const string LlamaCppNoJinjaBody = """{"error":{"code":500,"message":"tools param requires --jinja flag","type":"server_error"}}""";

    public const string VllmNoAutoToolChoiceBody = """{"object":"error","message":"\"auto\" tool choice requires --enable-auto-tool-choice and --tool-call-parser to be set","type":"BadRequestError","param":null,"code":400}""";

    public const string OllamaNoToolsBody = """{"error":{"message":"registry.ollama.ai/library/phi3:latest does not support tools","type":"api_error","param":null,"code":null}}""";

    /// <summary>The server's refusal of a request that offers tools: (status, body) by server kind.</summary>
    public static FakeReply RefuseTools(string kind) => kind switch
    {
        "llama.cpp" => FakeReply.Status(500, LlamaCppNoJinjaBody),
        "vLLM" => FakeReply.Status(400, VllmNoAutoToolChoiceBody),
        "Ollama" => FakeReply.Status(400, OllamaNoToolsBody),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>Whether a chat request offers tools.</summary>
    public static bool OffersTools(JsonObject request) => request["tools"] is JsonArray { Count: > 0 };

    /// <summary>
    /// The tokens a request takes in the server's context, counted generously for PaperBot (four UTF-8 bytes a token, as
    /// English text runs): every message's text and tool calls, the tool definitions, and the answer it asks room for.
    /// </summary>
    public static int ContextTokens(JsonObject request) =>
        PromptTokens(request.DeepClone().AsObject()) + ((int?)request["max_completion_tokens"] ?? (int?)request["max_tokens"] ?? 0);

    /// <summary>
    /// Ollama's context window: a request longer than <paramref name="window"/> tokens loses messages from its start, the
    /// system prompt first, without an error. Returns the messages the model would still see.
    /// </summary>
    public static JsonArray Truncate(JsonObject request, int window)
    {
        var copy = request.DeepClone().AsObject();
        var messages = copy["messages"]!.AsArray();
        var answer = (int?)copy["max_completion_tokens"] ?? 0;
        while (messages.Count > 1 && PromptTokens(copy) + answer > window)
        {
            messages.RemoveAt(0);
        }

        return messages;
    }

    private static int PromptTokens(JsonObject request)
    {
        var bytes = 0;
        foreach (var message in request["messages"]!.AsArray().OfType<JsonObject>())
        {
            bytes += Encoding.UTF8.GetByteCount(FakeOpenAiServer.ContentOf(message));
            bytes += message["tool_calls"] is { } calls ? Encoding.UTF8.GetByteCount(calls.ToJsonString()) : 0;
        }

        bytes += request["tools"] is { } tools ? Encoding.UTF8.GetByteCount(tools.ToJsonString()) : 0;
        return bytes / 4;
    }
}
