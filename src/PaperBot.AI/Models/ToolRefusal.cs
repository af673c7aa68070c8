using System.ClientModel;
using Microsoft.SemanticKernel;

namespace PaperBot.AI.Models;

/// <summary>
/// Recognises a server that refuses tool calling, from its error answer, and says what to change. The known answers:
/// llama.cpp's server without <c>--jinja</c> (500, "tools param requires --jinja flag"), vLLM without
/// <c>--enable-auto-tool-choice</c> (400), Ollama with a model that has no tool template (400, "does not support tools").
/// </summary>
internal static class ToolRefusal
{
    private const string Switch = "or set Ai:SupportsTools=false (PAPERBOT_Ai__SupportsTools=false)";

    /// <summary>The one line for the operator when <paramref name="exception"/> is a refusal of tools, otherwise <see langword="null"/>.</summary>
    public static string? Describe(Exception exception, string? model)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (ResponseOf(exception) is not ({ } status, { } body) || status is not (400 or 404 or 422 or 500 or 501))
        {
            return null;
        }

        if (body.Contains("--jinja", StringComparison.OrdinalIgnoreCase))
        {
            return $"llama.cpp's server refuses tools (HTTP {status}, \"tools param requires --jinja flag\"): start llama-server with --jinja, {Switch}";
        }

        if (body.Contains("enable-auto-tool-choice", StringComparison.OrdinalIgnoreCase))
        {
            return $"vLLM refuses tools (HTTP {status}): start it with --enable-auto-tool-choice --tool-call-parser PARSER (the model's parser, e.g. hermes or llama3_json), {Switch}";
        }

        if (body.Contains("does not support tools", StringComparison.OrdinalIgnoreCase))
        {
            return $"The model {model} does not support tools (HTTP {status}): set Ai:ChatModel to a model that does (e.g. llama3.1, qwen2.5), {Switch}";
        }

        return body.Contains("tool", StringComparison.OrdinalIgnoreCase)
            ? $"The model server refuses tool calls (HTTP {status}): enable tool calling on the server, {Switch}"
            : null;
    }

    private static (int? Status, string? Body) ResponseOf(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case HttpOperationException { StatusCode: { } code } http when http.ResponseContent is not null:
                    return ((int)code, http.ResponseContent);
                case ClientResultException { Status: > 0 } result when result.GetRawResponse() is { } response:
                    return (result.Status, response.Content.ToString());
                default:
                    break;
            }
        }

        return (null, null);
    }
}
