using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using PaperBot.Testing;

namespace PaperBot.FakeDiscord;

/// <summary>
/// A fake Discord on 127.0.0.1 (random port): REST under <see cref="ApiBaseUrl"/> and a gateway at
/// <see cref="GatewayUrl"/>, checking what it receives as Discord does, recording it, and injecting faults.
/// Anything Discord would have refused is added to <see cref="Violations"/>.
/// </summary>
public sealed class FakeDiscordServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeDiscordOptions _options;
    private readonly FakeRecorder _recorder = new();
    private readonly RestFaults _faults = new();
    private readonly FakeInteractions _interactions = new();
    private readonly FakeRestRoutes _routes;
    private readonly FakeRestApi _rest;
    private readonly FakeGateway _gateway;
    private string _origin = "";

    private FakeDiscordServer(FakeDiscordOptions options)
    {
        _options = options;
        var messages = new FakeMessages(options, _recorder);
        var interactionRoutes = new FakeInteractionRoutes(options, _recorder, _interactions, messages);
        _gateway = new FakeGateway(options, _recorder, () => GatewayUrl.AbsoluteUri);
        _routes = new FakeRestRoutes(options, _recorder, interactionRoutes, messages, () => GatewayUrl.AbsoluteUri, () => _gateway.RequiredShards);
        _rest = new FakeRestApi(options, _recorder, _faults, _routes);
        _app = LoopbackServer.Create();
        _app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.Zero });
        _app.Run(HandleAsync);
    }

    public Uri ApiBaseUrl => new($"{_origin}/api/v10/");

    public Uri GatewayUrl => new($"{_origin.Replace("http://", "ws://", StringComparison.Ordinal)}/gateway");

    public string Token => _options.Token;

    public string ApplicationId => _options.ApplicationId;

    public string BotUserId => _options.ApplicationId;

    public FakeDiscordOptions Options => _options;

    // Recorded REST traffic.
    public IReadOnlyList<RecordedRequest> Requests => _recorder.Requests;

    public IReadOnlyList<RecordedCallback> Callbacks => _recorder.Callbacks;

    public IReadOnlyList<RecordedMessage> ChannelMessages => _recorder.ChannelMessages;

    public IReadOnlyList<RecordedMessage> OriginalEdits => _recorder.OriginalEdits;

    public IReadOnlyList<RecordedMessage> Followups => _recorder.Followups;

    public IReadOnlyList<string> TypingChannels => _recorder.TypingChannels;

    public IReadOnlyList<JsonArray> CommandPuts => _recorder.CommandPuts;

    /// <summary>Everything Discord would have rejected or punished; tests of well-behaved code assert it is empty.</summary>
    public IReadOnlyList<string> Violations => _recorder.Violations;

    // Gateway bookkeeping.
    public int ConnectionCount => _gateway.Stats.Connections;

    public int IdentifyCount => _gateway.Stats.Identifies;

    /// <summary>Identifies answered with op 9 (not resumable) because their bucket had one in the last 5 s.</summary>
    public int IdentifiesTooSoon => _gateway.Stats.IdentifiesTooSoon;

    public IReadOnlyList<JsonObject> IdentifyPayloads => _gateway.Stats.IdentifyPayloads;

    /// <summary>Resumes that succeeded (replay + RESUMED sent).</summary>
    public int ResumeCount => _gateway.Stats.Resumes;

    public int ResumeAttemptCount => _gateway.Stats.ResumeAttempts;

    /// <summary>Close codes the client sent, per closed connection (null: the connection dropped without a close frame).</summary>
    public IReadOnlyList<int?> ClientCloseCodes => _gateway.Stats.ClientCloses;

    public IReadOnlyList<RecordedHeartbeat> Heartbeats => _gateway.Stats.Heartbeats;

    /// <summary>Every dispatch that went out on a socket, with the shard and connection it went to, in order.</summary>
    public IReadOnlyList<RecordedDispatch> Deliveries => _gateway.Deliveries;

    /// <summary>The shard count <c>GET /gateway/bot</c> recommends now (and the least an identify may ask for).</summary>
    public int RequiredShards => _gateway.RequiredShards;

    /// <summary>
    /// Every shard of the current count is identified or resumed on the fake's side (READY/RESUMED sent), the newest
    /// connection among them. The client may not have
    /// read it yet: to know the bot is back, wait for READY/RESUMED on the bot's side.
    /// </summary>
    public bool IsSessionLive => _gateway.IsLive;

    public static async Task<FakeDiscordServer> StartAsync(FakeDiscordOptions? options = null)
    {
        var server = new FakeDiscordServer(options ?? new FakeDiscordOptions());
        server._origin = (await LoopbackServer.StartAsync(server._app)).AbsoluteUri.TrimEnd('/');
        return server;
    }

    /// <summary>
    /// Polls <paramref name="condition"/> until it holds; throws <see cref="TimeoutException"/> naming <paramref name="what"/>.
    /// The timeout only ends a hung test: it is never shorter than <see cref="Eventually.Deadline"/>.
    /// </summary>
    public static Task WaitForAsync(Func<bool> condition, TimeSpan timeout, string what = "condition") =>
        Eventually.UntilAsync(condition, what, timeout > Eventually.Deadline ? timeout : Eventually.Deadline);

    /// <summary>Polls until <paramref name="probe"/> returns a value.</summary>
    public static async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan timeout, string what = "value")
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        T? value = null;
        await WaitForAsync(() => (value = probe()) is not null, timeout, what);
        return value!;
    }

    // REST setup and faults.
    public void SetChannel(string channelId, FakeChannelState state) => _routes.SetChannel(channelId, state);

    /// <summary>The DM channel PaperBot gets for a user (from <c>POST /users/@me/channels</c>); messages there are DMs.</summary>
    public string DmChannelOf(string userId) => _routes.DmChannelOf(userId);

    /// <summary>
    /// Messages posted in <paramref name="channelId"/> are created, but their answers wait until <see cref="ReleaseAnswers"/>:
    /// the sender is then mid-post for as long as a test needs (to kill it there).
    /// </summary>
    public void HoldAnswers(string channelId) => _routes.HoldAnswers(channelId);

    /// <summary>Lets the held answers of <paramref name="channelId"/> go, and later ones through at once.</summary>
    public void ReleaseAnswers(string channelId) => _routes.ReleaseAnswers(channelId);

    /// <summary>The user does not take DMs from the bot: opening the DM works, sending answers 403, code 50007.</summary>
    public void CloseDms(string userId) => _routes.SetChannel(_routes.DmChannelOf(userId), FakeChannelState.DmsClosed);

    /// <summary>The next <paramref name="count"/> requests whose path contains <paramref name="pathContains"/> (all when null) get a 429.</summary>
    public void InjectRateLimits(RateLimitFaultKind kind, int count, double retryAfterSeconds, string? pathContains = null) =>
        _faults.Add(kind, 429, count, retryAfterSeconds, pathContains);

    /// <summary>The next <paramref name="count"/> matching requests get <paramref name="status"/> (an HTML body, as a proxy sends).</summary>
    public void InjectServerErrors(int count, int status = 502, string? pathContains = null) =>
        _faults.Add(null, status, count, 0, pathContains);

    // Gateway.
    public Task<int> SendDispatchAsync(string type, JsonNode? data) => _gateway.SendDispatchAsync(type, data);

    /// <summary>Sends an INTERACTION_CREATE (a slash command by default) and starts its 3-second clock.</summary>
    /// <param name="userId">Who acts: another member than the fixtures' user, to check that no one sees another's data.</param>
    public async Task<FakeInteraction> SendInteractionAsync(int type = 2, JsonObject? data = null, string channelId = FakeIds.Channel,
        string guildId = FakeIds.Guild, string memberPermissions = FakeIds.MemberPermissions, string userId = FakeIds.User)
    {
        var id = FakeSnowflake.Next();
        var token = $"aW50ZXJhY3Rpb246{Guid.NewGuid():N}";
        _interactions.Register(id, token, DateTimeOffset.UtcNow, channelId);
        var payload = FakeDispatches.Interaction(id, token, ApplicationId, type, data ?? FakeDispatches.PaperSearchCommand(), channelId, guildId, memberPermissions, userId);
        var sequence = await SendDispatchAsync("INTERACTION_CREATE", payload);
        return new FakeInteraction(id, token, sequence);
    }

    /// <summary>
    /// Sends MESSAGE_REACTION_ADD (or, with <paramref name="added"/> false, MESSAGE_REACTION_REMOVE) for
    /// <paramref name="userId"/>'s <paramref name="emoji"/> on a message; the author defaults to the bot (a reaction on
    /// one of PaperBot's messages). Like the real gateway, nothing is sent (0) to a bot whose last identify did not ask
    /// for GUILD_MESSAGE_REACTIONS (1 &lt;&lt; 10; DIRECT_MESSAGE_REACTIONS, 1 &lt;&lt; 13, in a DM). Returns the sequence number.
    /// </summary>
    public Task<int> SendReactionAsync(string messageId, string userId, string emoji = "👍", bool added = true, string? messageAuthorId = null,
        string channelId = FakeIds.Channel, string? guildId = FakeIds.Guild, bool userIsBot = false)
    {
        var intent = guildId is null ? 1L << 13 : 1L << 10;
        var identifies = IdentifyPayloads;
        if (identifies.Count > 0 && identifies[^1]["intents"] is JsonValue value && value.TryGetValue<long>(out var intents) && (intents & intent) == 0)
        {
            return Task.FromResult(0);
        }

        return SendDispatchAsync(added ? "MESSAGE_REACTION_ADD" : "MESSAGE_REACTION_REMOVE",
            FakeDispatches.Reaction(added, messageId, userId, emoji, channelId, guildId, messageAuthorId ?? BotUserId, userIsBot));
    }

    /// <summary>The id of the message that answers <paramref name="interaction"/> (its callback or deferral), once there is one.</summary>
    public string? OriginalMessageId(FakeInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var entry = _interactions.ById(interaction.Id);
        if (entry is null)
        {
            return null;
        }

        lock (_interactions.Sync)
        {
            return entry.Original?["id"]?.GetValue<string>();
        }
    }

    /// <summary>Sends a MESSAGE_CREATE from a user; <paramref name="mentionBot"/> puts the bot in <c>mentions</c> and the content.</summary>
    public async Task<string> SendMessageCreateAsync(string content, bool mentionBot = false, string channelId = FakeIds.Channel,
        string? guildId = FakeIds.Guild, string authorId = FakeIds.User)
    {
        var id = FakeSnowflake.Next();
        var text = mentionBot ? $"<@{BotUserId}> {content}" : content;
        await SendDispatchAsync("MESSAGE_CREATE", FakeDispatches.MessageCreate(id, text, channelId, guildId, authorId, mentionBot ? [BotUserId] : []));
        return id;
    }

    public Task RequestReconnectAsync(int shard = 0) => _gateway.SendOpAsync(FakeOpcodes.Reconnect, null, shard);

    public Task InvalidateSessionAsync(bool resumable, int shard = 0) => _gateway.InvalidateAsync(resumable, shard);

    public Task RequestHeartbeatAsync(int shard = 0) => _gateway.SendOpAsync(FakeOpcodes.Heartbeat, null, shard);

    /// <summary>Closes <paramref name="shard"/>'s current connection with <paramref name="code"/> (as Discord does: a close frame).</summary>
    public Task CloseAsync(int code, int shard = 0) => _gateway.CloseAsync(code, shard);

    /// <summary>
    /// Discord now requires <paramref name="count"/> shards, as when a bot grows past 2,500 servers a shard:
    /// <c>GET /gateway/bot</c> recommends it, and every live connection of fewer shards is closed with 4011.
    /// </summary>
    public Task RequireShardsAsync(int count) => _gateway.RequireShardsAsync(count);

    /// <summary>Cuts <paramref name="shard"/>'s current connection's TCP without a close frame.</summary>
    public void AbortConnection(int shard = 0) => _gateway.Abort(shard);

    /// <summary>The next <paramref name="count"/> Resume attempts are answered by closing with 4000 (a resume that keeps failing).</summary>
    public void FailNextResumes(int count) => _gateway.FailNextResumes(count);

    public void StopAcking() => _gateway.Acking = false;

    public void ResumeAcking() => _gateway.Acking = true;

    public async ValueTask DisposeAsync()
    {
        _gateway.AbortAll();
        _routes.ReleaseAllAnswers();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path == "/gateway" || path == "/gateway/")
        {
            return _gateway.AcceptAsync(context);
        }

        const string prefix = "/api/v10/";
        if (path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return _rest.HandleAsync(context, path[prefix.Length..] + context.Request.QueryString);
        }

        _recorder.Violation($"{context.Request.Method} {path}: not under /api/v10/");
        context.Response.StatusCode = 404;
        return Task.CompletedTask;
    }
}
