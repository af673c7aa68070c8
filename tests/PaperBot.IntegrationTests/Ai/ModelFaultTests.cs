using Microsoft.Extensions.DependencyInjection;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Summaries;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>
/// Every way the model endpoint can fail answers offline with a notice, and never by waiting: a model that never answers
/// ends at Ai:TimeoutSeconds (1 s for it here), every other fault is named for what it is (not "timeout", although its
/// timeout is 20 s) after one request (no client-side retries). Never a crash, never a hang. Nothing here is timed by
/// the wall clock, so a busy machine cannot fail it.
/// </summary>
public sealed class ModelFaultTests : IAsyncLifetime
{
    private readonly FakePorts _ports = new();
    private FakeOpenAiServer _server = null!;

    public static TheoryData<string, string> Faults => new()
    {
        { "slow", "timeout" },
        { "429", "rate limited" },
        { "500", "server error" },
        { "503", "server error" },
        { "garbage", "invalid response" },
        { "unknown tool", "invalid tool call" },
        { "arguments not JSON", "invalid tool call" },
        { "bad argument", "invalid tool call" },
        { "missing argument", "invalid tool call" },
        { "tools forever", "invalid tool call" },
    };

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task AskAsync_ModelFault_AnswersOfflineWithNoticeWithinTimeout(string fault, string reason)
    {
        // Arrange
        _server.Chat = Script(fault);
        using var host = AiTestHost.Build(_ports, _server.Endpoint, timeoutSeconds: TimeoutFor(fault));
        var assistant = host.Services.GetRequiredService<IAssistant>();

        // Act
        var answer = await assistant.AskAsync("c", "What is flash attention?", CancellationToken.None);

        // Assert
        Assert.Equal(AnswerMode.Offline, answer.Mode);
        Assert.Equal($"The language model is unavailable ({reason}); this is an offline answer.", answer.Notice);
        AssertRequests(fault);
    }

    [Fact]
    public async Task AskAsync_RateLimitedWithLongRetryAfter_DoesNotRetry()
    {
        _server.Chat = (_, _) => FakeReply.Status(429, retryAfterSeconds: 60);
        using var host = AiTestHost.Build(_ports, _server.Endpoint);

        var answer = await host.Services.GetRequiredService<IAssistant>().AskAsync("c", "flash attention", CancellationToken.None);

        Assert.Equal(AnswerMode.Offline, answer.Mode);
        Assert.Single(_server.ChatRequests);
    }

    [Fact]
    public async Task AskAsync_UnknownTool_NeverReachesThePlugins()
    {
        _server.Chat = Script("unknown tool");
        using var host = AiTestHost.Build(_ports, _server.Endpoint);

        await host.Services.GetRequiredService<IAssistant>().AskAsync("c", "delete everything", CancellationToken.None);

        Assert.Single(_server.ChatRequests);
        _ports.Store.Verify(s => s.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task AskAsync_ConnectionRefused_AnswersOfflineWithinTimeout()
    {
        using var host = AiTestHost.Build(_ports, AiTestHost.ClosedEndpoint());

        var answer = await host.Services.GetRequiredService<IAssistant>().AskAsync("c", "flash attention", CancellationToken.None);

        Assert.Equal(AnswerMode.Offline, answer.Mode);
        Assert.Equal("The language model is unavailable (unreachable); this is an offline answer.", answer.Notice);
    }

    [Fact]
    public async Task AskAsync_CallerCancels_Throws()
    {
        _server.Chat = Script("slow");
        using var host = AiTestHost.Build(_ports, _server.Endpoint, timeoutSeconds: 30);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Services.GetRequiredService<IAssistant>().AskAsync("c", "flash attention", cancel.Token));
    }

    [Theory]
    [InlineData("slow", "timeout")]
    [InlineData("500", "server error")]
    [InlineData("garbage", "invalid response")]
    public async Task SummarizeAsync_ModelFault_SummarizesOfflineWithNotice(string fault, string reason)
    {
        _server.Chat = Script(fault);
        using var host = AiTestHost.Build(_ports, _server.Endpoint, timeoutSeconds: TimeoutFor(fault));

        var summary = await host.Services.GetRequiredService<ISummarizer>().SummarizeAsync(12, SummaryStyle.TlDr, CancellationToken.None);

        Assert.NotNull(summary);
        Assert.Equal(AnswerMode.Offline, summary.Mode);
        Assert.Equal($"The language model is unavailable ({reason}); this is an offline summary.", summary.Notice);
        AssertRequests(fault);
    }

    [Fact]
    public async Task SummarizeAsync_ConnectionRefused_SummarizesOffline()
    {
        using var host = AiTestHost.Build(_ports, AiTestHost.ClosedEndpoint());

        var summary = await host.Services.GetRequiredService<ISummarizer>().SummarizeAsync(12, SummaryStyle.Newcomer, CancellationToken.None);

        Assert.Equal(AnswerMode.Offline, summary!.Mode);
        Assert.Contains("unreachable", summary.Notice);
    }

    /// <summary>One request per fault, so none was retried; a model that asks for tools forever is cut off after a few rounds.</summary>
    private void AssertRequests(string fault)
    {
        if (fault == "tools forever")
        {
            Assert.InRange(_server.ChatRequests.Count, 2, 10);
        }
        else
        {
            Assert.Single(_server.ChatRequests);
        }
    }

    private static int TimeoutFor(string fault) => fault == "slow" ? AiTestHost.FaultTimeoutSeconds : AiTestHost.TimeoutSeconds;

    private static Func<int, System.Text.Json.Nodes.JsonObject, FakeReply> Script(string fault) => fault switch
    {
        "slow" => (_, _) => FakeReply.Slow(Timeout.InfiniteTimeSpan, FakeReply.Text("never sent")),
        "429" => (_, _) => FakeReply.Status(429, retryAfterSeconds: 1),
        "500" => (_, _) => FakeReply.Status(500),
        "503" => (_, _) => FakeReply.Status(503),
        "garbage" => (_, _) => FakeReply.Garbage(),
        "unknown tool" => (_, _) => FakeReply.ToolCall("papers-delete_paper", """{"paper_id":"999"}"""),
        "arguments not JSON" => (_, _) => FakeReply.ToolCall("papers-search_papers", "{query: flash"),
        "bad argument" => (_, _) => FakeReply.ToolCall("papers-similar_papers", """{"paper_id":"the first one"}"""),
        "missing argument" => (_, _) => FakeReply.ToolCall("papers-search_papers", "{}"),
        "tools forever" => (n, _) => FakeReply.ToolCall("papers-search_papers", """{"query":"attention"}""", id: $"call_{n}"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };
}
