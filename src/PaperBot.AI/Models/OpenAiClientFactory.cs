using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace PaperBot.AI.Models;

/// <summary>
/// The one OpenAI client for chat and embeddings, pointed at <see cref="AiOptions.Endpoint"/>. Every request gives up after
/// <see cref="AiOptions.TimeoutSeconds"/>, and there are no client-side retries: a 429 or a 5xx answers offline at once
/// instead of waiting through the SDK's back-off (which honours Retry-After and can take minutes).
/// </summary>
internal static class OpenAiClientFactory
{
    // Ollama, vLLM and LM Studio need no key, but the client refuses an empty one.
    private const string NoKey = "no-key";

    public static OpenAIClient Create(AiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = options.Endpoint ?? throw new InvalidOperationException("Ai:Endpoint is not set.");
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            UserAgentApplicationId = "PaperBot",
        };
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? NoKey : options.ApiKey.Trim();
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions);
    }
}
