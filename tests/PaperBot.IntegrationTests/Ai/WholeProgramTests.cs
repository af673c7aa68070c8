using System.Text.Json.Nodes;
using PaperBot.IntegrationTests.Cli;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>
/// The real program (its own process, the bundled corpus in a real SQLite file) configured with the fake model through
/// PAPERBOT_Ai__* variables, as an operator would point it at Ollama or OpenAI.
/// </summary>
public sealed class WholeProgramTests : IAsyncLifetime
{
    private FakeOpenAiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeOpenAiServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Chat_WithModel_SearchesTheRealCorpusAndCitesWhatTheToolReturned()
    {
        // Arrange: the "model" searches, then cites the first paper the real search returned.
        _server.Chat = (n, body) =>
        {
            if (n == 0)
            {
                return FakeReply.ToolCall("papers-search_papers", """{"query":"GPipe pipeline parallelism","top":3}""");
            }

            var tool = FakeOpenAiServer.Messages(body, "tool").Last();
            var first = JsonNode.Parse(FakeOpenAiServer.ContentOf(tool))!.AsArray()[0]!;
            return FakeReply.Text($"It splits the model into stages [#{(long)first["id"]!}].");
        };
        using var paperbot = new PaperBotProcess();
        Configure(paperbot, _server.Endpoint);

        // Act
        var result = await paperbot.RunAsync("How does GPipe train giant networks?\n/quit\n", "chat");

        // Assert
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(2, _server.ChatRequests.Count);
        var toolResult = FakeOpenAiServer.ContentOf(FakeOpenAiServer.Messages(_server.ChatRequests.Last(), "tool").Single());
        Assert.Contains("GPipe", toolResult);
        Assert.Contains("It splits the model into stages [#", result.Output);
        Assert.Contains("GPipe", result.Output[result.Output.IndexOf("It splits", StringComparison.Ordinal)..]);
        Assert.DoesNotContain("unavailable", result.Output);
    }

    [Fact]
    public async Task Chat_LlamaCppWithoutJinja_AnswersFromTheRealCorpusWithoutToolsAndSaysWhatToChange()
    {
        // Arrange: llama.cpp's server refuses tools; without them, the "model" cites the first paper it was given.
        _server.Chat = (_, body) =>
        {
            if (LocalServers.OffersTools(body))
            {
                return LocalServers.RefuseTools("llama.cpp");
            }

            var user = FakeOpenAiServer.ContentOf(FakeOpenAiServer.Messages(body, "user").Last());
            var id = System.Text.RegularExpressions.Regex.Match(user, "<paper id=\"#(\\d+)\"").Groups[1].Value;
            return FakeReply.Text($"It splits the model into stages [#{id}].");
        };
        using var paperbot = new PaperBotProcess();
        Configure(paperbot, _server.Endpoint);

        // Act
        var result = await paperbot.RunAsync("How does GPipe train giant networks?\nAnd with micro-batches?\n/quit\n", "chat");

        // Assert: one refusal, then every request without tools; the papers came from the real search; one log line.
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([true, false, false], _server.ChatRequests.Select(LocalServers.OffersTools));
        Assert.Contains("GPipe", FakeOpenAiServer.ContentOf(FakeOpenAiServer.Messages(_server.ChatRequests.ElementAt(1), "user").Last()));
        Assert.Contains("It splits the model into stages [#", result.Output);
        Assert.DoesNotContain("unavailable", result.Output);
        Assert.Single(result.Error.Split('\n'), l => l.Contains("start llama-server with --jinja, or set Ai:SupportsTools=false", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Chat_ModelEndpointDown_AnswersOfflineWithTheNotice()
    {
        using var paperbot = new PaperBotProcess();
        Configure(paperbot, AiTestHost.ClosedEndpoint());

        var result = await paperbot.RunAsync("How does GPipe train giant networks?\n/quit\n", "chat");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("The language model is unavailable (unreachable); this is an offline answer.", result.Output);
        Assert.DoesNotContain("sk-whole-program", result.Output + result.Error);
    }

    private static void Configure(PaperBotProcess paperbot, Uri endpoint)
    {
        paperbot.Environment["PAPERBOT_Ai__Endpoint"] = endpoint.ToString();
        paperbot.Environment["PAPERBOT_Ai__ChatModel"] = "fake-chat";
        paperbot.Environment["PAPERBOT_Ai__ApiKey"] = "sk-whole-program";
        paperbot.Environment["PAPERBOT_Ai__TimeoutSeconds"] = "20";
    }
}
