using System.Text.Json.Nodes;
using PaperBot.Discord.Gateway;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>What the client does after each kind of disconnect: resume, identify, or stop.</summary>
public sealed class GatewayRecoveryTests
{
    [Fact]
    public async Task Reconnect_Op7_Resumes()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.RequestReconnectAsync();
        await h.NextAsync("RESUMED");

        Assert.Equal(4000, h.Server.ClientCloseCodes[0]);
        Assert.Equal((1, 1), (h.Server.IdentifyCount, h.Server.ResumeCount));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task InvalidSession_Op9_ResumesOnlyWhenResumable(bool resumable)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.InvalidateSessionAsync(resumable);
        await h.NextAsync(resumable ? "RESUMED" : "READY");

        Assert.Equal(resumable ? (1, 1) : (2, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount));
        Assert.Empty(h.Server.Violations);
    }

    [Theory]
    [InlineData(4000, true)]
    [InlineData(4001, true)]
    [InlineData(4002, true)]
    [InlineData(4003, false)]
    [InlineData(4005, false)]
    [InlineData(4007, false)]
    [InlineData(4008, false)]
    [InlineData(4009, false)]
    [InlineData(1000, false)]
    [InlineData(1001, true)]
    public async Task ServerClose_ReconnectableCode_ResumesOrIdentifiesPerTable(int code, bool resumes)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.CloseAsync(code);
        await h.NextAsync(resumes ? "RESUMED" : "READY");

        Assert.Equal(resumes ? (1, 1) : (2, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount));
        Assert.Equal(2, h.Server.ConnectionCount);
    }

    [Theory]
    [InlineData(4004, "Discord:Token")]
    [InlineData(4010, "4010")]
    [InlineData(4012, "4012")]
    [InlineData(4013, "4013")]
    [InlineData(4014, "Discord:MessageContentIntent=false")]
    public async Task ServerClose_FatalCode_ThrowsAndStopsConnecting(int code, string hint)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.CloseAsync(code);
        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Run!.WaitAsync(TransportHarness.Timeout));

        Assert.Equal(code, error.CloseCode);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task Identify_WrongToken_StopsWithTokenHint()
    {
        await using var h = await TransportHarness.StartAsync();
        var wrong = new PaperBot.Discord.DiscordOptions { Token = "wrong-token", ApiBaseUrl = h.Server.ApiBaseUrl, GatewayUrl = h.Server.GatewayUrl };
        var gateway = new GatewayClient(h.Rest, Microsoft.Extensions.Options.Options.Create(wrong), TimeProvider.System, h.Logs.For<GatewayClient>());

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => gateway.RunAsync(CancellationToken.None).WaitAsync(TransportHarness.Timeout));

        Assert.Equal(4004, error.CloseCode);
        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("wrong-token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ConnectionCut_WithoutCloseFrame_Resumes()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        h.Server.AbortConnection();
        await h.NextAsync("RESUMED");

        Assert.Equal((1, 1), (h.Server.IdentifyCount, h.Server.ResumeCount));
    }

    [Fact]
    public async Task Resume_FailsThreeTimes_DropsSessionAndIdentifies()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        h.Server.FailNextResumes(3);

        h.Server.AbortConnection();
        await h.NextAsync("READY");

        Assert.Equal((2, 3, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount, h.Server.ResumeCount));
        Assert.Single(h.Server.Requests, r => r.Path == "gateway/bot");
    }

    [Theory]
    [InlineData(1001, 4000)]
    [InlineData(4001, 4000)]
    [InlineData(4009, 1000)]
    public async Task ServerClose_ClientAnswersWithoutEndingAResumableSession(int serverCode, int clientCode)
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.CloseAsync(serverCode);
        await h.WaitForAsync(() => h.Server.ClientCloseCodes.Count > 0, "the client's close answer");

        Assert.Equal(clientCode, h.Server.ClientCloseCodes[0]);
    }

    [Fact]
    public async Task Resume_UrlUnreachable_FallsBackToIdentifyOnCachedUrl()
    {
        var dead = new Uri($"ws://127.0.0.1:{FreePort()}/gateway");
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { ResumeGatewayUrl = dead });
        await h.ConnectAsync();

        await h.Server.RequestReconnectAsync();
        await h.NextAsync("READY");

        Assert.Equal((2, 0), (h.Server.IdentifyCount, h.Server.ResumeAttemptCount));
        Assert.Single(h.Server.Requests, r => r.Path == "gateway/bot");
    }

    private static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task Identify_MessageContentNotEnabledInPortal_Stops4014WithWhatToChange()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { MessageContentAllowed = false }, o => o.MessageContentIntent = true);

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Gateway.RunAsync(CancellationToken.None).WaitAsync(TransportHarness.Timeout));

        Assert.Equal(4014, error.CloseCode);
        Assert.Contains("Discord:MessageContentIntent=false", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task GatewayUnreachable_RetriesWithGrowingCappedBackoff()
    {
        // A listener that accepts TCP and hangs up at once: every WebSocket handshake fails.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        using var stop = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(stop.Token);
            }
        });
        var url = new Uri($"ws://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/gateway");
        await using var h = await TransportHarness.StartAsync(configure: o =>
        {
            o.GatewayUrl = url;
            o.ReconnectDelayMilliseconds = 50;
            o.MaxReconnectDelayMilliseconds = 400;
        });
        const int Connecting = 3020; // Log.GatewayConnecting, written once per attempt

        var run = h.Gateway.RunAsync(stop.Token);
        await h.WaitForAsync(() => h.Logs.Times(Connecting).Count >= 7, "seven connection attempts");
        await stop.CancelAsync();
        await run.WaitAsync(TransportHarness.Timeout);

        var times = h.Logs.Times(Connecting);
        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToArray();

        // Delay k is in [half, full] of min(50 * 2^k, 400): lower bounds hold however busy the machine is.
        double[] floors = [25, 50, 100, 200, 200, 200];
        for (var k = 0; k < floors.Length; k++)
        {
            Assert.True(gaps[k] >= floors[k] - 5, $"gap {k} was {gaps[k]:F0} ms, expected at least {floors[k]} ms");
        }

        Assert.Equal(0, h.Server.ConnectionCount);
    }

    [Fact]
    public async Task GatewayBot_TokenRejected_StopsWithGatewayFatal()
    {
        await using var h = await TransportHarness.StartAsync(configure: o => o.Token = "not-the-token");

        var error = await Assert.ThrowsAsync<GatewayFatalException>(() => h.Gateway.RunAsync(CancellationToken.None).WaitAsync(TransportHarness.Timeout));

        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.IsType<PaperBot.Discord.Rest.DiscordApiException>(error.InnerException);
        Assert.Equal(0, h.Server.ConnectionCount);
    }
}
