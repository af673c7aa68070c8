namespace PaperBot.Discord.Gateway;

/// <summary>The wait before each reconnect: doubling from the first delay to the cap, reset once a session is up.</summary>
internal sealed class ReconnectBackoff(TimeSpan initial, TimeSpan max, Func<double> random)
{
    private int _attempt;

    public int Attempt => _attempt;

    public TimeSpan Next() => Backoff.Compute(_attempt++, initial, max, random());

    public void Reset() => _attempt = 0;
}
