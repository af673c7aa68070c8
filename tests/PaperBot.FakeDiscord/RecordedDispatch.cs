namespace PaperBot.FakeDiscord;

/// <summary>A dispatch that went out on a socket: to which shard (of how many) and connection, with its guild (null: a DM).</summary>
public sealed record RecordedDispatch(int Shard, int ShardCount, int Connection, string Type, int Sequence, string? GuildId);
