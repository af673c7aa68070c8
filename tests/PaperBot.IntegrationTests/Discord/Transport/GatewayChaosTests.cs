using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PaperBot.Discord.Gateway;

namespace PaperBot.IntegrationTests.Discord.Transport;

public sealed class GatewayChaosTests
{
    private const int Events = 100;

    [Fact]
    public async Task MixedFaults_WhileDispatching_EveryDispatchArrivesOnceInOrder()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var received = new List<int>();
        var sessionsUp = new StrongBox<int>();
        using var reading = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var reader = Task.Run(async () =>
        {
            await foreach (var dispatch in h.Gateway.Dispatches.ReadAllAsync(reading.Token))
            {
                if (dispatch.Type == "TEST_END")
                {
                    return;
                }

                if (dispatch.Type is "READY" or "RESUMED")
                {
                    Interlocked.Increment(ref sessionsUp.Value);
                }

                if (dispatch.Type == "TEST_EVENT")
                {
                    received.Add(TransportHarness.Number(dispatch));
                }
            }
        });
        var random = new Random(1234);
        var faults = 0;
        var trace = new List<string>();

        for (var n = 0; n < Events; n++)
        {
            await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = n });
            if (n % 3 != 2)
            {
                continue;
            }

            // A fault, then more dispatches while the client is away, then wait until it is back.
            var connections = h.Server.ConnectionCount;
            var ups = Volatile.Read(ref sessionsUp.Value);
            var kind = random.Next(8);
            trace.Add($"after {n}: fault {kind}");
            await InjectAsync(h, kind);
            faults++;
            for (var k = 0; k < 2 && n + 1 < Events; k++)
            {
                await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = ++n });
            }

            // "Back" means the client itself saw READY or RESUMED: events in flight before that are lost with the
            // connection if it is cut again, at Discord as here (no session to resume yet).
            await h.WaitForAsync(() => h.Server.ConnectionCount > connections && Volatile.Read(ref sessionsUp.Value) > ups, $"reconnect after fault {faults}");
        }

        await h.Server.SendDispatchAsync("TEST_END", new JsonObject());
        await reader.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(faults >= 25, $"only {faults} faults");
        Assert.True(Enumerable.Range(0, Events).SequenceEqual(received),
            $"received {string.Join(",", received)}; faults {string.Join("; ", trace)}; identifies {h.Server.IdentifyCount}, resumes {h.Server.ResumeCount}/{h.Server.ResumeAttemptCount}; violations {string.Join(" | ", h.Server.Violations)}");
        Assert.Empty(h.Server.Violations);
        Assert.False(h.Run!.IsCompleted);
    }

    private static async Task InjectAsync(TransportHarness h, int kind)
    {
        switch (kind)
        {
            case 0:
                await h.Server.RequestReconnectAsync();
                break;
            case 1:
                await h.Server.InvalidateSessionAsync(resumable: true);
                break;
            case 2:
                await h.Server.InvalidateSessionAsync(resumable: false);
                break;
            case 3:
                h.Server.AbortConnection();
                break;
            case 4:
                await h.Server.CloseAsync(4000);
                break;
            case 5:
                await h.Server.CloseAsync(4002);
                break;
            case 6:
                await h.Server.CloseAsync(4009);
                break;
            default:
                await h.Server.CloseAsync(1001);
                break;
        }
    }

    [Fact]
    public async Task Resume_AfterMissedDispatches_ReplaysThemWithoutDuplicates()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 0 });
        Assert.Equal(0, TransportHarness.Number(await h.NextAsync("TEST_EVENT")));

        h.Server.AbortConnection();
        for (var n = 1; n <= 5; n++)
        {
            await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = n });
        }

        var numbers = new List<int>();
        for (var n = 1; n <= 5; n++)
        {
            numbers.Add(TransportHarness.Number(await h.NextAsync("TEST_EVENT")));
        }

        await h.Server.SendDispatchAsync("TEST_EVENT", new JsonObject { ["n"] = 6 });
        var next = await h.NextAsync("TEST_EVENT");

        Assert.Equal([1, 2, 3, 4, 5], numbers);
        Assert.Equal(6, TransportHarness.Number(next));
        Assert.Equal(1, h.Server.IdentifyCount);
        Assert.IsType<GatewayDispatch>(next);
    }
}
