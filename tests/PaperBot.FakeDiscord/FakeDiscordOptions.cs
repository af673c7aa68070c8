namespace PaperBot.FakeDiscord;

/// <summary>How the fake Discord behaves. Defaults suit fast tests.</summary>
public sealed class FakeDiscordOptions
{
    /// <summary>The bot token the fake expects. Default a fixed fake token.</summary>
    public string Token { get; set; } = "ZmFrZS1ib3QtdG9rZW4.fake.secret-token-for-tests";

    /// <summary>Application id (also the bot user's id). Default the id from the fixtures.</summary>
    public string ApplicationId { get; set; } = "1327201936998535169";
    /// <summary>
    /// The heartbeat interval sent in Hello. Discord's own (41.25 s) by default, so no test meets a zombie reconnect because
    /// a busy machine delayed one ACK; tests about heartbeats set a short one.
    /// </summary>
    public int HeartbeatIntervalMilliseconds { get; set; } = 41_250;

    /// <summary>READY's resume_gateway_url. Default null: this fake's own gateway (set it to a dead address to test resume fallback).</summary>
    public Uri? ResumeGatewayUrl { get; set; }

    /// <summary>session_start_limit.remaining: identifies left today. Default 999.</summary>
    public int SessionStartRemaining { get; set; } = 999;

    /// <summary>session_start_limit.reset_after in milliseconds. Default 14,400,000 (4 h).</summary>
    public long SessionStartResetAfterMilliseconds { get; set; } = 14_400_000;

    /// <summary>session_start_limit.max_concurrency: identifies allowed per 5 s. Default 16.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// The shard count <c>GET /gateway/bot</c> recommends, and the least Discord accepts (fewer: close 4011). Default 1.
    /// <see cref="FakeDiscordServer.RequireShardsAsync"/> raises it while running.
    /// </summary>
    public int Shards { get; set; } = 1;

    /// <summary>
    /// Whether a second identify in one rate-limit bucket (<c>shard_id % max_concurrency</c>) within 5 s of the wall clock is
    /// answered as Discord does, with op 9 (not resumable; counted in <see cref="FakeDiscordServer.IdentifiesTooSoon"/>).
    /// Default true; a test that drives the client's clock itself turns it off and checks the pace on that clock.
    /// </summary>
    public bool EnforceIdentifyRate { get; set; } = true;

    /// <summary>Whether the app may ask for MESSAGE_CONTENT (else Identify with it closes 4014). Default true.</summary>
    public bool MessageContentAllowed { get; set; } = true;

    /// <summary>The interaction's first-answer window. Default 3 s (Discord's).</summary>
    public TimeSpan InteractionDeadline { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How long interaction tokens work for edits and follow-ups. Default 15 min.</summary>
    public TimeSpan InteractionTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Requests per bucket window on every route (X-RateLimit-Limit). Default 50.</summary>
    public int BucketLimit { get; set; } = 50;

    /// <summary>The bucket window (X-RateLimit-Reset-After when fresh). Default 1 s.</summary>
    public TimeSpan BucketWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a nonce with enforce_nonce returns the first message. Default 5 min.</summary>
    public TimeSpan NonceWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether more than 50 bot requests arriving within a second count as a violation. Default true; a test that drives
    /// the client's clock itself turns it off and checks the pace on that clock.
    /// </summary>
    public bool EnforceGlobalRateLimit { get; set; } = true;

    /// <summary>The most bytes one upload may carry (Discord's 10 MiB for a server without boosts); past it: 413, code 40005.</summary>
    public long AttachmentSizeLimit { get; set; } = 10 * 1024 * 1024;
}
