using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Rest;

/// <summary>
/// <see cref="IDiscordRest"/> over <see cref="HttpClient"/>: bot authentication (not on interaction and webhook
/// routes, which carry their own token), Discord's User-Agent, JSON bodies, and the <see cref="RestPipeline"/> for
/// rate limits and retries.
/// </summary>
internal sealed class DiscordRestClient : IDiscordRest, IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly RestPipeline _pipeline;

    public DiscordRestClient(IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger)
        : this(CreateHttpClient(options), options, time, logger, RestRetryPolicy.Default, ownsHttp: true)
    {
    }

    /// <summary>Uses <paramref name="http"/> (its BaseAddress, or <c>Discord:ApiBaseUrl</c> when it has none).</summary>
    public DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordRestClient> logger, RestRetryPolicy? policy = null)
        : this(http, options, time, logger, policy ?? RestRetryPolicy.Default, ownsHttp: false)
    {
    }

    private DiscordRestClient(HttpClient http, IOptions<DiscordOptions> options, TimeProvider time, ILogger logger, RestRetryPolicy policy, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _ownsHttp = ownsHttp;
        _http.BaseAddress ??= EnsureTrailingSlash(options.Value.ApiBaseUrl);
        _pipeline = new RestPipeline(_http, options.Value.Token, policy, time, logger);
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, "gateway/bot", DiscordJsonContext.Default.GatewayBotInfo, cancellationToken).ConfigureAwait(false);

    public async Task CreateInteractionResponseAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        var (body, files) = CallbackBody(response);
        using var _ = await _pipeline.SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{Escape(interactionToken)}/callback", Content(body, files), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Message?> CreateInteractionResponseWithMessageAsync(Snowflake interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken)
    {
        var (body, files) = CallbackBody(response);
        using var sent = await _pipeline.SendAsync(HttpMethod.Post, $"interactions/{interactionId}/{Escape(interactionToken)}/callback?with_response=true", Content(body, files), cancellationToken).ConfigureAwait(false);
        if (sent.StatusCode == System.Net.HttpStatusCode.NoContent)
        {
            return null;
        }

        var created = await sent.Content.ReadFromJsonAsync(DiscordJsonContext.Default.InteractionCallbackResponse, cancellationToken).ConfigureAwait(false);
        return created?.Resource?.Message;
    }

    public Task<Message> EditOriginalResponseAsync(Snowflake applicationId, string interactionToken, MessagePayload payload, CancellationToken cancellationToken) =>
        SendMessageAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{Escape(interactionToken)}/messages/@original", payload, cancellationToken);

    public Task<Message> CreateFollowupAsync(Snowflake applicationId, string interactionToken, MessagePayload payload, CancellationToken cancellationToken) =>
        SendMessageAsync(HttpMethod.Post, $"webhooks/{applicationId}/{Escape(interactionToken)}", payload, cancellationToken);

    /// <summary>
    /// Retried on 5xx/timeouts, which is safe because of <c>nonce</c> + <c>enforce_nonce</c>: a retry returns the first
    /// message. Callers should pass their own nonce (stable across their own retries); without one, one is made here.
    /// </summary>
    public Task<Message> CreateMessageAsync(Snowflake channelId, MessagePayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Nonce is null)
        {
            payload = payload with { Nonce = NewNonce(), EnforceNonce = true };
        }

        return SendMessageAsync(HttpMethod.Post, $"channels/{channelId}/messages", payload, cancellationToken);
    }

    public async Task<Channel> CreateDmAsync(Snowflake recipientId, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new DmChannelRequest(recipientId), DiscordJsonContext.Default.DmChannelRequest);
        using var response = await _pipeline.SendAsync(HttpMethod.Post, "users/@me/channels", body, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, DiscordJsonContext.Default.Channel, cancellationToken).ConfigureAwait(false);
    }

    public async Task TriggerTypingAsync(Snowflake channelId, CancellationToken cancellationToken)
    {
        using var _ = await _pipeline.SendAsync(HttpMethod.Post, $"channels/{channelId}/typing", (byte[]?)null, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<CommandDefinition>> GetCommandsAsync(Snowflake applicationId, Snowflake? guildId, CancellationToken cancellationToken) =>
        await SendAsync(HttpMethod.Get, CommandsPath(applicationId, guildId), DiscordJsonContext.Default.ListCommandDefinition, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<CommandDefinition>> BulkOverwriteCommandsAsync(Snowflake applicationId, Snowflake? guildId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(commands, DiscordJsonContext.Default.IReadOnlyListCommandDefinition);
        using var response = await _pipeline.SendAsync(HttpMethod.Put, CommandsPath(applicationId, guildId), body, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, DiscordJsonContext.Default.ListCommandDefinition, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static string CommandsPath(Snowflake applicationId, Snowflake? guildId) =>
        guildId is { } guild ? $"applications/{applicationId}/guilds/{guild}/commands" : $"applications/{applicationId}/commands";

    private static string Escape(string token) => Uri.EscapeDataString(token);

    // Discord allows nonces of up to 25 characters.
    private static string NewNonce() => Random.Shared.NextInt64(1, long.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Message> SendMessageAsync(HttpMethod method, string path, MessagePayload payload, CancellationToken cancellationToken)
    {
        if (payload.Files.Count > 0)
        {
            payload = payload with { Attachments = RequestBodies.Attachments(payload.Files) };
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(payload, DiscordJsonContext.Default.MessagePayload);
        using var response = await _pipeline.SendAsync(method, path, Content(body, payload.Files), cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, DiscordJsonContext.Default.Message, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A callback's JSON, listing its files as attachments when it carries any (they then go as multipart).</summary>
    private static (byte[] Body, IReadOnlyList<MessageFile> Files) CallbackBody(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var files = response.Data?.Files ?? [];
        if (files.Count > 0)
        {
            response = response with { Data = response.Data! with { Attachments = RequestBodies.Attachments(files) } };
        }

        return (JsonSerializer.SerializeToUtf8Bytes(response, DiscordJsonContext.Default.InteractionResponse), files);
    }

    // A factory, not a content: every attempt (retries included) sends a whole new body.
    private static Func<HttpContent> Content(byte[] json, IReadOnlyList<MessageFile> files) =>
        files.Count > 0 ? () => RequestBodies.Multipart(json, files) : () => RequestBodies.Json(json);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        using var response = await _pipeline.SendAsync(method, path, (byte[]?)null, cancellationToken).ConfigureAwait(false);
        return await ReadAsync(response, type, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> type, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync(type, cancellationToken).ConfigureAwait(false)
        ?? throw new DiscordApiException($"Discord answered {response.RequestMessage?.Method} with an empty body where JSON was expected.");

    private static HttpClient CreateHttpClient(IOptions<DiscordOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Connections are recycled so DNS changes on Discord's side are picked up.
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        return new HttpClient(handler) { BaseAddress = EnsureTrailingSlash(options.Value.ApiBaseUrl), Timeout = Timeout.InfiniteTimeSpan };
    }

    private static Uri EnsureTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
