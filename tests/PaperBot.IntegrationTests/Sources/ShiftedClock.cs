namespace PaperBot.IntegrationTests.Sources;

/// <summary>
/// Real time moved to another day: dates are what the test says, but delays and timers are real, so a server's request
/// timestamps show the waits. <see cref="Jump"/> moves the clock on.
/// </summary>
internal sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
{
    private TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;

    public void Jump(TimeSpan by) => _shift += by;
}
