namespace PaperBot.Data.Search.Words;

/// <summary>
/// The best <c>top</c> papers offered, through a min-heap whose head is the one to drop. Equal scores go to the lower
/// paper id, so a ranking never depends on the order papers were offered in.
/// </summary>
internal sealed class BestPapers(int top)
{
    private readonly PriorityQueue<int, (double Score, int NegatedId)> _best = new(top + 1);

    public int Count => _best.Count;

    public bool IsFull => _best.Count >= top;

    /// <summary>The score a paper must beat to get in once the list is full.</summary>
    public double Threshold => _best.TryPeek(out _, out var worst) ? worst.Score : double.NegativeInfinity;

    public void Offer(int paper, double score)
    {
        if (top <= 0)
        {
            return;
        }

        var key = (score, -paper);
        if (_best.Count < top)
        {
            _best.Enqueue(paper, key);
        }
        else if (_best.TryPeek(out _, out var worst) && key.CompareTo(worst) > 0)
        {
            _best.EnqueueDequeue(paper, key);
        }
    }

    /// <summary>The papers, best first (empties the collector).</summary>
    public List<(long Id, double Score)> Drain()
    {
        var result = new List<(long Id, double Score)>(_best.Count);
        while (_best.TryDequeue(out var paper, out var key))
        {
            result.Add((paper, key.Score));
        }

        result.Reverse();
        return result;
    }
}
