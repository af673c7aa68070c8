using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Everything the fake received, thread-safe; readers get snapshots.</summary>
internal sealed class FakeRecorder
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<RecordedCallback> _callbacks = [];
    private readonly List<RecordedMessage> _channelMessages = [];
    private readonly List<RecordedMessage> _originalEdits = [];
    private readonly List<RecordedMessage> _followups = [];
    private readonly List<string> _typing = [];
    private readonly List<JsonArray> _commandPuts = [];
    private readonly List<string> _violations = [];

    public IReadOnlyList<RecordedRequest> Requests => Snapshot(_requests);

    public IReadOnlyList<RecordedCallback> Callbacks => Snapshot(_callbacks);

    public IReadOnlyList<RecordedMessage> ChannelMessages => Snapshot(_channelMessages);

    public IReadOnlyList<RecordedMessage> OriginalEdits => Snapshot(_originalEdits);

    public IReadOnlyList<RecordedMessage> Followups => Snapshot(_followups);

    public IReadOnlyList<string> TypingChannels => Snapshot(_typing);

    public IReadOnlyList<JsonArray> CommandPuts => Snapshot(_commandPuts);

    public IReadOnlyList<string> Violations => Snapshot(_violations);

    public void Request(RecordedRequest request) => Add(_requests, request);

    public void Callback(RecordedCallback callback) => Add(_callbacks, callback);

    public void ChannelMessage(RecordedMessage message) => Add(_channelMessages, message);

    public void OriginalEdit(RecordedMessage message) => Add(_originalEdits, message);

    public void Followup(RecordedMessage message) => Add(_followups, message);

    public void Typing(string channelId) => Add(_typing, channelId);

    public void CommandPut(JsonArray commands) => Add(_commandPuts, commands);

    public void Violation(string what) => Add(_violations, what);

    private void Add<T>(List<T> list, T item)
    {
        lock (_lock)
        {
            list.Add(item);
        }
    }

    private T[] Snapshot<T>(List<T> list)
    {
        lock (_lock)
        {
            return [.. list];
        }
    }
}
