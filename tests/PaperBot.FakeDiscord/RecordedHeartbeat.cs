namespace PaperBot.FakeDiscord;

/// <summary>A heartbeat from the client: on which connection, how long after Hello, with which sequence.</summary>
public sealed record RecordedHeartbeat(int Connection, TimeSpan SinceHello, int? Sequence, DateTimeOffset At);
