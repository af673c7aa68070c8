namespace PaperBot.Discord.Gateway;

/// <summary>The gateway close codes and what each means for PaperBot (protocol brief 1.11).</summary>
internal static class CloseCodes
{
    public const int Normal = 1000;

    /// <summary>The code PaperBot closes with when it means to resume (1000/1001 would end the session).</summary>
    public const int Reconnect = 4000;

    public const int AuthenticationFailed = 4004;
    public const int ShardingRequired = 4011;
    public const int DisallowedIntents = 4014;

    public static GatewayRecovery Classify(int? code) => code switch
    {
        ShardingRequired => GatewayRecovery.Reshard,
        4004 or (>= 4010 and <= 4014) => GatewayRecovery.Fatal,
        1000 or 4003 or 4005 or 4007 or 4008 or 4009 => GatewayRecovery.Identify,

        // 4000-4002, 1001, 1006 (no close frame) and codes we do not know: the session may still be alive.
        _ => GatewayRecovery.Resume,
    };

    /// <summary>One line for the operator: what happened and what to change.</summary>
    public static string FatalMessage(int code) => code switch
    {
        4004 => "Discord rejected the bot token (4004): check Discord:Token",
        4010 => "Discord rejected the shard (4010): check Discord:ShardCount and Discord:ShardIds (ids from 0 to the count minus 1)",
        4011 => "Discord requires more shards (4011) than Discord:ShardCount: raise it (or remove it to let PaperBot follow Discord's count)",
        4012 => "Discord rejected the gateway version (4012): PaperBot speaks API v10; update PaperBot",
        4013 => "Discord rejected the intents (4013): PaperBot sent an invalid intent value; update PaperBot",
        4014 => "Discord refused a privileged intent (4014): enable the MESSAGE_CONTENT intent in the Developer Portal or set Discord:MessageContentIntent=false",
        _ => $"The gateway closed with {code}, which cannot be retried",
    };

    public static string Describe(GatewayRecovery recovery) => recovery switch
    {
        GatewayRecovery.Resume => "resume",
        GatewayRecovery.Identify => "start a new session",
        GatewayRecovery.Reshard => "reshard",
        GatewayRecovery.Fatal => "stop",
        _ => "shut down",
    };
}
