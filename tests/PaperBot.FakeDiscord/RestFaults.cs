namespace PaperBot.FakeDiscord;

/// <summary>Injected REST faults: the next N matching requests get a 429 of some kind, or a 5xx.</summary>
internal sealed class RestFaults
{
    private readonly Lock _lock = new();
    private readonly List<Fault> _faults = [];

    public void Add(RateLimitFaultKind? rateLimit, int status, int count, double retryAfterSeconds, string? pathContains)
    {
        lock (_lock)
        {
            _faults.Add(new Fault(rateLimit, status, count, retryAfterSeconds, pathContains));
        }
    }

    /// <summary>The first fault that matches <paramref name="path"/>, with its count taken.</summary>
    public Fault? Take(string path)
    {
        lock (_lock)
        {
            var index = _faults.FindIndex(f => f.PathContains is null || path.Contains(f.PathContains, StringComparison.Ordinal));
            if (index < 0)
            {
                return null;
            }

            var fault = _faults[index];
            if (fault.Count <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = fault with { Count = fault.Count - 1 };
            }

            return fault;
        }
    }

    internal sealed record Fault(RateLimitFaultKind? RateLimit, int Status, int Count, double RetryAfterSeconds, string? PathContains);
}
