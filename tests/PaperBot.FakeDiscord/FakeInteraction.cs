namespace PaperBot.FakeDiscord;

/// <summary>An interaction the fake sent: the id and token the bot answers with.</summary>
public sealed record FakeInteraction(string Id, string Token, int Sequence);
