using PaperBot.Discord;
using PaperBot.Discord.Gateway;

namespace PaperBot.Tests.Discord.Transport;

public sealed class BackoffTests
{
    private static readonly TimeSpan Initial = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(3, 8)]
    [InlineData(5, 32)]
    [InlineData(6, 60)]
    [InlineData(40, 60)]
    [InlineData(int.MaxValue, 60)]
    public void Compute_FullJitter_DoublesUpToTheCap(int attempt, double seconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(seconds), Backoff.Compute(attempt, Initial, Max, random: 1));
    }

    [Fact]
    public void Compute_JitterSpreadsBetweenHalfAndFull()
    {
        Assert.Equal(TimeSpan.FromSeconds(4), Backoff.Compute(3, Initial, Max, random: 0));
        Assert.Equal(TimeSpan.FromSeconds(6), Backoff.Compute(3, Initial, Max, random: 0.5));
    }

    [Fact]
    public void ReconnectBackoff_ResetStartsOver()
    {
        var backoff = new ReconnectBackoff(Initial, Max, () => 1);
        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
        Assert.Equal(TimeSpan.FromSeconds(2), backoff.Next());
        Assert.Equal(TimeSpan.FromSeconds(4), backoff.Next());

        backoff.Reset();

        Assert.Equal(TimeSpan.FromSeconds(1), backoff.Next());
    }

    [Fact]
    public void ReconnectBackoff_ManyFailures_NeverExceedsCap()
    {
        var backoff = new ReconnectBackoff(Initial, Max, Random.Shared.NextDouble);

        var delays = Enumerable.Range(0, 100).Select(_ => backoff.Next()).ToList();

        Assert.All(delays, d => Assert.InRange(d, TimeSpan.FromSeconds(0.5), Max));
    }
}
