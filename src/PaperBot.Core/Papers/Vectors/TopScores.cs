namespace PaperBot.Core.Papers.Vectors;

/// <summary>The best <c>top</c> (id, score) pairs offered, through a min-heap whose head is the one to drop.</summary>
public sealed class TopScores(int top)
{
    private readonly PriorityQueue<long, float> _best = new(top + 1);

    public void Offer(long id, float score)
    {
        if (_best.Count < top)
        {
            _best.Enqueue(id, score);
        }
        else if (top > 0 && _best.TryPeek(out _, out var worst) && score > worst)
        {
            _best.EnqueueDequeue(id, score);
        }
    }

    /// <summary>The pairs, best first (empties the collector).</summary>
    public IReadOnlyList<(long Id, double Score)> Drain()
    {
        var result = new List<(long Id, double Score)>(_best.Count);
        while (_best.TryDequeue(out var id, out var score))
        {
            result.Add((id, score));
        }

        result.Reverse();
        return result;
    }
}
