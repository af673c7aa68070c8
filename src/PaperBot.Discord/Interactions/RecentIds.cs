namespace PaperBot.Discord.Interactions;

/// <summary>
/// Ids seen recently, so an event Discord delivers twice is handled once. Bounded: the oldest ids are forgotten first
/// (an interaction cannot be answered after 15 minutes anyway).
/// </summary>
internal sealed class RecentIds(int capacity = 10_000)
{
    private readonly HashSet<ulong> _seen = [];
    private readonly Queue<ulong> _order = new();
    private readonly Lock _gate = new();

    /// <summary>True the first time an id is offered, false after.</summary>
    public bool TryAdd(ulong id)
    {
        lock (_gate)
        {
            if (!_seen.Add(id))
            {
                return false;
            }

            _order.Enqueue(id);
            if (_order.Count > capacity)
            {
                _seen.Remove(_order.Dequeue());
            }

            return true;
        }
    }
}
