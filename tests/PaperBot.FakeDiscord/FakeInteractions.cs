using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Interactions the fake sent, keyed by id and by token, with their acknowledgement state.</summary>
internal sealed class FakeInteractions
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry> _byToken = new(StringComparer.Ordinal);

    public Lock Sync => _lock;

    public void Register(string id, string token, DateTimeOffset sentAt, string? channelId = null)
    {
        var entry = new Entry(id, token, sentAt, channelId);
        lock (_lock)
        {
            _byId[id] = entry;
            _byToken[token] = entry;
        }
    }

    public Entry? ById(string id)
    {
        lock (_lock)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    public Entry? ByToken(string token)
    {
        lock (_lock)
        {
            return _byToken.GetValueOrDefault(token);
        }
    }

    internal sealed class Entry(string id, string token, DateTimeOffset sentAt, string? channelId)
    {
        /// <summary>Where the interaction happened: its answer and follow-ups are messages in that channel.</summary>
        public string? ChannelId => channelId;

        public string Id => id;

        public string Token => token;

        public DateTimeOffset SentAt => sentAt;

        public bool Acknowledged { get; set; }

        /// <summary>The initial response message, once there is one (type 4, or after a defer).</summary>
        public JsonObject? Original { get; set; }
    }
}
