using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.AI.Models;
using PaperBot.Core.Chat;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>
/// The start-up check of the chat model (<c>GET /models</c>, then tools): one Warning line per problem, each saying what to
/// change, never a crash, never a delay to start-up; PaperBot still answers (offline) when the model is unusable.
/// </summary>
public sealed class ModelProbeTests : IAsyncLifetime
{
    private const string Key = "sk-test-key";
    private readonly FakePorts _ports = new();
    private readonly CapturedLogs _logs = new();
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ProbeAsync_EndpointUnreachable_OneLineSayingToStartItOrFixTheEndpoint()
    {
        using var host = AiTestHost.Build(_ports, AiTestHost.ClosedEndpoint(), logs: _logs);

        var problems = await Probe(host).ProbeAsync(CancellationToken.None);

        var line = Assert.Single(Warnings());
        Assert.Equal(line, Assert.Single(problems));
        Assert.Contains("is unreachable: start it, or set Ai:Endpoint to where it listens", line);
        Assert.Contains("http://localhost:11434/v1", line);
    }

    [Fact]
    public async Task ProbeAsync_KeyRefused_OneLineNamingAiApiKeyAndNeverTheKey()
    {
        _server.Models = () => FakeReply.Status(401, """{"error":{"message":"Incorrect API key provided: sk-test-key","type":"invalid_request_error"}}""");
        using var host = AiTestHost.Build(_ports, _server.Endpoint, logs: _logs);

        await Probe(host).ProbeAsync(CancellationToken.None);

        var line = Assert.Single(Warnings());
        Assert.Contains("refused the API key (HTTP 401): check Ai:ApiKey (PAPERBOT_Ai__ApiKey)", line);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains(Key, StringComparison.Ordinal));
        Assert.Empty(_server.ChatRequests);
    }

    [Fact]
    public async Task ProbeAsync_ModelNotServed_OneLineNamingTheModelsThatAre()
    {
        _server.Models = () => FakeReply.ModelList("llama3.1:latest", "qwen2.5:7b");
        using var host = AiTestHost.Build(_ports, _server.Endpoint, chatModel: "phi3", logs: _logs);

        await Probe(host).ProbeAsync(CancellationToken.None);

        var line = Assert.Single(Warnings());
        Assert.EndsWith("has no model \"phi3\": pull it with `ollama pull phi3` or set Ai:ChatModel to one of: llama3.1:latest, qwen2.5:7b", line);
        Assert.Empty(_server.ChatRequests);
    }

    [Theory]
    [InlineData("llama3.1", "library", "llama3.1:latest")]
    [InlineData("Qwen/Qwen2.5-7B-Instruct", "vllm", "Qwen/Qwen2.5-7B-Instruct")]
    [InlineData("any-name", "llamacpp", "/models/llama-3.1-8b-q4_k_m.gguf")]
    public async Task ProbeAsync_ModelServedAndToolsAccepted_NoProblem(string chatModel, string ownedBy, string listed)
    {
        _server.Models = () => FakeReply.ModelListOwnedBy(ownedBy, listed);
        _server.Chat = (_, _) => FakeReply.Text("OK");
        using var host = AiTestHost.Build(_ports, _server.Endpoint, chatModel: chatModel, logs: _logs);

        var problems = await Probe(host).ProbeAsync(CancellationToken.None);

        Assert.Empty(problems);
        Assert.Empty(Warnings());
        Assert.True(LocalServers.OffersTools(Assert.Single(_server.ChatRequests)));
    }

    [Theory]
    [InlineData("llama.cpp", "start llama-server with --jinja, or set Ai:SupportsTools=false")]
    [InlineData("vLLM", "start it with --enable-auto-tool-choice --tool-call-parser PARSER")]
    public async Task ProbeAsync_ToolsRefused_OneLineAndTheAssistantNeverOffersTools(string kind, string fix)
    {
        // Arrange
        _server.Chat = (_, body) => LocalServers.OffersTools(body) ? LocalServers.RefuseTools(kind) : FakeReply.Text("FlashAttention [#12] is IO-aware.");
        using var host = AiTestHost.Build(_ports, _server.Endpoint, logs: _logs);

        // Act
        await Probe(host).ProbeAsync(CancellationToken.None);
        var answer = await host.Services.GetRequiredService<IAssistant>().AskAsync("c", "What is flash attention?", CancellationToken.None);

        // Assert
        Assert.Contains(fix, Assert.Single(Warnings()));
        Assert.Equal([true, false], _server.ChatRequests.Select(LocalServers.OffersTools));
        Assert.Equal((AnswerMode.Model, 12L), (answer.Mode, Assert.Single(answer.Citations).Id));
    }

    [Fact]
    public async Task ProbeAsync_SupportsToolsFalse_NeverSendsAChatRequest()
    {
        using var host = AiTestHost.Build(_ports, _server.Endpoint, logs: _logs, extra: new Dictionary<string, string?> { ["Ai:SupportsTools"] = "false" });

        var problems = await Probe(host).ProbeAsync(CancellationToken.None);

        Assert.Empty(problems);
        Assert.Empty(_server.ChatRequests);
        Assert.Equal(1, _server.ModelListRequests);
    }

    [Fact]
    public async Task StartAsync_ModelServerHolding_StartsAtOnceAndReportsWhenItAnswers()
    {
        // Arrange: the server holds GET /models until the host has started.
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Models = () => FakeReply.After(release.Task, FakeReply.ModelList("llama3.1:latest"));
        using var host = AiTestHost.Build(_ports, _server.Endpoint, chatModel: "phi3", logs: _logs);

        // Act: start-up completes although the probe's request has no answer yet.
        await host.StartAsync().Within();
        release.SetResult();

        // Assert
        await Eventually.UntilAsync(() => Warnings().Length > 0, "the probe's line");
        Assert.Contains("ollama pull phi3", Assert.Single(Warnings()));
        await host.StopAsync().Within();
    }

    [Fact]
    public async Task AskAsync_NoHostStarted_FirstQuestionStartsTheProbeOnceWithoutToolCheck()
    {
        _server.Models = () => FakeReply.ModelList("llama3.1:latest");
        _server.Chat = (_, _) => FakeReply.Text("Hello.");
        using var host = AiTestHost.Build(_ports, _server.Endpoint, chatModel: "phi3", logs: _logs);
        var assistant = host.Services.GetRequiredService<IAssistant>();

        await assistant.AskAsync("c", "hi", CancellationToken.None);
        await assistant.AskAsync("c", "hello", CancellationToken.None);

        await Eventually.UntilAsync(() => Warnings().Length > 0, "the probe's line");
        Assert.Contains("ollama pull phi3", Assert.Single(Warnings()));
        Assert.Equal(1, _server.ModelListRequests);
        Assert.Equal(2, _server.ChatRequests.Count);
    }

    private static ModelProbe Probe(IHost host) => host.Services.GetServices<IHostedService>().OfType<ModelProbe>().Single();

    private string[] Warnings() => [.. _logs.Entries
        .Where(e => e.Level >= LogLevel.Warning && e.Category.StartsWith("PaperBot", StringComparison.Ordinal))
        .Select(e => e.Text)];
}
