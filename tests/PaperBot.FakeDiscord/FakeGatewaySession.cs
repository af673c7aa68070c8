using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>A gateway session of one shard: its id, the dispatches stamped so far (kept for replay on resume).</summary>
internal sealed class FakeGatewaySession(string id, FakeShard shard)
{
    private readonly List<Entry> _sent = [];

    public string Id => id;

    public FakeShard Shard => shard;

    public bool Invalidated { get; set; }

    public int LastSequence => _sent.Count == 0 ? 0 : _sent[^1].Sequence;

    /// <summary>Stamps the next sequence number; the caller then sends the frame if a connection is live.</summary>
    public Entry Append(string type, JsonNode? data)
    {
        var entry = new Entry(LastSequence + 1, type, data);
        _sent.Add(entry);
        return entry;
    }

    public IEnumerable<Entry> After(int sequence) => _sent.Where(e => e.Sequence > sequence).ToArray();

    /// <summary>Dispatches that never went out on any socket (no live connection when they were sent).</summary>
    public IEnumerable<Entry> Undelivered() => _sent.Where(e => !e.Delivered).ToArray();

    internal sealed class Entry(int sequence, string type, JsonNode? data)
    {
        public int Sequence => sequence;

        public string Type => type;

        public JsonNode? Data => data;

        public bool Delivered { get; set; }

        public string ToFrame() =>
            new JsonObject { ["op"] = FakeOpcodes.Dispatch, ["d"] = data?.DeepClone(), ["s"] = sequence, ["t"] = type }.ToJsonString();
    }
}
