namespace PaperBot.Discord.Gateway;

/// <summary>Where one shard's connection stands; shown in the logs and by <c>stats</c>.</summary>
internal enum ShardState
{
    /// <summary>Not started yet, or waiting before the next attempt.</summary>
    Waiting,

    /// <summary>Opening the socket.</summary>
    Connecting,

    /// <summary>Waiting for its identify bucket, or for READY.</summary>
    Identifying,

    /// <summary>Resume sent, waiting for the replay and RESUMED.</summary>
    Resuming,

    /// <summary>READY or RESUMED: events flow.</summary>
    Ready,

    /// <summary>Closed for good (shutdown, resharding or a fatal close).</summary>
    Stopped,
}
