using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PaperBot.Core.Chat;
using PaperBot.Core.Summaries;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>What the AI project and Semantic Kernel log, at every level, through answers, tool calls and failures.</summary>
public sealed class LoggingTests : IAsyncLifetime
{
    private const string Key = "sk-test-key";
    private const string Question = "Which paper explains flash attention secretly?";
    private const string Completion = "FlashAttention [#12] is the answer, confidentially.";
    private readonly FakePorts _ports = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task AskAndSummarize_WithFailures_NeverLogTheKeyNorPromptTextAboveDebug()
    {
        // Arrange
        var logs = new CapturedLogs();
        _server.Chat = (n, _) => n switch
        {
            0 => FakeReply.ToolCall("papers-search_papers", """{"query":"flash attention"}"""),
            1 => FakeReply.Text(Completion),
            2 => FakeReply.Status(401, """{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}"""),
            _ => FakeReply.Status(500),
        };
        using var host = AiTestHost.Build(_ports, _server.Endpoint, logs: logs);
        var assistant = host.Services.GetRequiredService<IAssistant>();

        // Act
        var answered = await assistant.AskAsync("c", Question, CancellationToken.None);
        var refused = await assistant.AskAsync("c", Question, CancellationToken.None);
        var failed = await host.Services.GetRequiredService<ISummarizer>().SummarizeAsync(12, SummaryStyle.TlDr, CancellationToken.None);

        // Assert
        Assert.Equal((AnswerMode.Model, AnswerMode.Offline, AnswerMode.Offline), (answered.Mode, refused.Mode, failed!.Mode));
        Assert.Contains("not authorized", refused.Notice);
        Assert.All(_server.Authorizations, a => Assert.Equal("Bearer " + Key, a));
        Assert.NotEmpty(logs.Entries);
        Assert.DoesNotContain(logs.Entries, e => e.Text.Contains(Key, StringComparison.Ordinal));
        var loud = logs.Entries.Where(e => e.Level > LogLevel.Debug).ToArray();
        Assert.Contains(loud, e => e.Text.Contains("not authorized", StringComparison.Ordinal));
        Assert.DoesNotContain(loud, e => e.Text.Contains("secretly", StringComparison.Ordinal) || e.Text.Contains("confidentially", StringComparison.Ordinal));
        Assert.DoesNotContain(loud, e => e.Text.Contains("IO-aware", StringComparison.Ordinal));
    }
}
