using Microsoft.Extensions.Options;

namespace PaperBot.AI;

/// <summary>
/// The rules data annotations cannot say: an endpoint must be an absolute http(s) URL and must come with a model, and a
/// model needs an endpoint. Each failure is one line naming the key and how to set it.
/// </summary>
internal sealed class AiOptionsValidator : IValidateOptions<AiOptions>
{
    public ValidateOptionsResult Validate(string? name, AiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var hasChat = !string.IsNullOrWhiteSpace(options.ChatModel);
        var hasEmbedding = !string.IsNullOrWhiteSpace(options.EmbeddingModel);
        if (options.Endpoint is { } endpoint)
        {
            // The value is not echoed: a URL can carry credentials (https://user:key@host/v1).
            if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
            {
                failures.Add("Ai:Endpoint must be an absolute http:// or https:// URL of an OpenAI-compatible API, e.g. https://api.openai.com/v1 or http://localhost:11434/v1 (PAPERBOT_Ai__Endpoint); remove it to run offline.");
            }

            if (!hasChat && !hasEmbedding)
            {
                failures.Add("Ai:ChatModel is required when Ai:Endpoint is set, e.g. gpt-4o-mini or llama3.1 (PAPERBOT_Ai__ChatModel); remove Ai:Endpoint to run offline.");
            }
        }
        else if (hasChat || hasEmbedding)
        {
            failures.Add($"Ai:Endpoint is required when Ai:{(hasChat ? "ChatModel" : "EmbeddingModel")} is set, e.g. https://api.openai.com/v1 (PAPERBOT_Ai__Endpoint); remove the model to run offline.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
