namespace PaperBot.Discord.Gateway;

/// <summary>What to do after a connection ends.</summary>
internal enum GatewayRecovery
{
    /// <summary>Reconnect to the session's resume URL and send Resume.</summary>
    Resume,

    /// <summary>Drop the session, reconnect to the cached gateway URL and Identify.</summary>
    Identify,

    /// <summary>Discord requires more shards (4011): every shard stops and the client starts over with a new count.</summary>
    Reshard,

    /// <summary>Reconnecting cannot help (bad token, intents, shard): stop and tell the operator.</summary>
    Fatal,

    /// <summary>PaperBot is shutting down.</summary>
    Stopped,
}
