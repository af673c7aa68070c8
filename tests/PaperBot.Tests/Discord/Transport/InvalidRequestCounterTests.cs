using Microsoft.Extensions.Time.Testing;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class InvalidRequestCounterTests
{
    [Fact]
    public void Add_ReachingHalfTheBanThreshold_ReportsOncePerWindow()
    {
        var time = new FakeTimeProvider();
        var counter = new InvalidRequestCounter(time);

        var reports = Enumerable.Range(0, 8_000).Count(_ => counter.Add());
        time.Advance(InvalidRequestCounter.Window);
        var later = Enumerable.Range(0, InvalidRequestCounter.WarnAt).Count(_ => counter.Add());

        Assert.Equal(1, reports);
        Assert.Equal(1, later);
    }

    [Fact]
    public void Add_FewInAWindow_NoReport()
    {
        var time = new FakeTimeProvider();
        var counter = new InvalidRequestCounter(time);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(0, Enumerable.Range(0, InvalidRequestCounter.WarnAt - 1).Count(_ => counter.Add()));
            time.Advance(InvalidRequestCounter.Window);
        }
    }
}
