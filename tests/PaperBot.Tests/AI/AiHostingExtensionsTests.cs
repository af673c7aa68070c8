using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Moq;
using PaperBot.AI;
using PaperBot.AI.Chat;
using PaperBot.AI.Embeddings;
using PaperBot.AI.Offline;
using PaperBot.AI.Plugins;
using PaperBot.AI.Summaries;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;

namespace PaperBot.Tests.AI;

/// <summary>What <see cref="AiHostingExtensions.AddPaperBotAI"/> registers, with and without a model, and what stops startup.</summary>
public sealed class AiHostingExtensionsTests
{
    [Fact]
    public void AddPaperBotAI_NoModel_ExposesTheOfflineAssistantAndSummarizerAndTheLocalEmbedderNotYetLoaded()
    {
        using var host = Build([]);

        Assert.IsType<OfflineAssistant>(host.Services.GetRequiredService<IAssistant>());
        Assert.IsType<ExtractiveSummarizer>(host.Services.GetRequiredService<ISummarizer>());
        var local = Assert.IsType<LocalTextEmbedder>(host.Services.GetRequiredService<ITextEmbedder>());
        Assert.Equal("local/snowflake-arctic-embed-xs", local.ModelId);
        Assert.False(local.IsLoaded); // loaded on the first text, so startup stays fast
        Assert.NotNull(host.Services.GetRequiredService<EmbeddingIndexer>());
    }

    [Fact]
    public async Task AddPaperBotAI_LocalEmbeddingsOff_NoEmbedderAndTheIndexerDoesNothing()
    {
        var embeddings = new Mock<IEmbeddingStore>(MockBehavior.Strict);
        using var host = Build(new() { ["Ai:LocalEmbeddings"] = "false" }, embeddings.Object);

        Assert.Null(host.Services.GetService<ITextEmbedder>());
        Assert.Equal(0, await host.Services.GetRequiredService<EmbeddingIndexer>().IndexMissingAsync(CancellationToken.None));
        Assert.Null(await host.Services.GetRequiredService<EmbeddingIndexer>().GetCoverageAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_LocalEmbeddingsNotABoolean_StopsNamingTheKey()
    {
        using var host = Build(new() { ["Ai:LocalEmbeddings"] = "maybe" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("Ai:LocalEmbeddings", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPaperBotAI_ChatModel_ExposesTheModelAssistantAndSummarizer()
    {
        using var host = Build(new() { ["Ai:Endpoint"] = "http://127.0.0.1:9/v1", ["Ai:ChatModel"] = "llama3.1" });

        Assert.IsType<LlmAssistant>(host.Services.GetRequiredService<IAssistant>());
        Assert.IsType<LlmSummarizer>(host.Services.GetRequiredService<ISummarizer>());
        Assert.IsType<LocalTextEmbedder>(host.Services.GetRequiredService<ITextEmbedder>()); // a chat model does not embed
    }

    [Fact]
    public void AddPaperBotAI_EmbeddingModelOnly_ExposesTheRemoteEmbedderOverTheLocalOneAndStaysOfflineForChat()
    {
        using var host = Build(new() { ["Ai:Endpoint"] = "http://127.0.0.1:9/v1", ["Ai:EmbeddingModel"] = "nomic-embed-text", ["Ai:LocalEmbeddings"] = "true" });

        Assert.IsType<OfflineAssistant>(host.Services.GetRequiredService<IAssistant>());
        var embedder = Assert.Single(host.Services.GetServices<ITextEmbedder>());
        Assert.IsType<OpenAiTextEmbedder>(embedder);
        Assert.Equal("nomic-embed-text", embedder.ModelId);
    }

    [Fact]
    public void AddPaperBotAI_Kernel_HasOnlyThePapersPlugin()
    {
        using var host = Build(new() { ["Ai:Endpoint"] = "http://127.0.0.1:9/v1", ["Ai:ChatModel"] = "llama3.1" });

        var kernel = host.Services.GetRequiredService<Kernel>();

        var plugin = Assert.Single(kernel.Plugins);
        Assert.Equal(PapersPlugin.Name, plugin.Name);
        Assert.Equal(4, plugin.FunctionCount);
    }

    [Theory]
    [InlineData("https://api.openai.com/v1", null, "Ai:ChatModel")]
    [InlineData("not a url", "gpt-4o-mini", "Ai:Endpoint")]
    [InlineData("ftp://models.example/v1", "gpt-4o-mini", "Ai:Endpoint")]
    [InlineData("", "gpt-4o-mini", "Ai:Endpoint")]
    [InlineData("http://localhost:11434/v1", "llama3.1", "Ai:TimeoutSeconds")]
    public async Task StartAsync_BadSettings_StopsNamingTheKey(string endpoint, string? chatModel, string key)
    {
        using var host = Build(new() { ["Ai:Endpoint"] = endpoint, ["Ai:ChatModel"] = chatModel, ["Ai:TimeoutSeconds"] = key == "Ai:TimeoutSeconds" ? "0" : "30" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message);
    }

    [Fact]
    public async Task StartAsync_NoAiSection_Starts()
    {
        using var host = Build([]);

        await host.StartAsync();
        await host.StopAsync();
    }

    [Fact]
    public async Task StartAsync_ProposedDefaultsWithNulls_StartsOffline()
    {
        const string Json = """{ "Ai": { "Endpoint": null, "ChatModel": null, "EmbeddingModel": null, "TimeoutSeconds": 30, "MemoryTurns": 12, "MaxQuestionChars": 2000 } }""";
        using var host = Build([], configure: c => c.AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Json))));

        await host.StartAsync();

        Assert.IsType<OfflineAssistant>(host.Services.GetRequiredService<IAssistant>());
        Assert.Null(host.Services.GetRequiredService<IOptions<AiOptions>>().Value.Endpoint);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Ai:ContextTokens", "1000")]
    [InlineData("Ai:MemoryTurns", "500")]
    public async Task StartAsync_OutOfRangeValue_StopsNamingTheKey(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message);
    }

    [Theory]
    [InlineData(null, ToolSupport.Auto)]
    [InlineData("auto", ToolSupport.Auto)]
    [InlineData("true", ToolSupport.True)]
    [InlineData("False", ToolSupport.False)]
    public void AddPaperBotAI_SupportsTools_Binds(string? value, ToolSupport expected)
    {
        using var host = Build(new() { ["Ai:SupportsTools"] = value, ["Ai:ContextTokens"] = "8192" });

        var options = host.Services.GetRequiredService<IOptions<AiOptions>>().Value;

        Assert.Equal((expected, 8192), (options.SupportsTools, options.ContextTokens));
    }

    private static IHost Build(Dictionary<string, string?> settings, IEmbeddingStore? embeddings = null, Action<IConfigurationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        configure?.Invoke(builder.Configuration);
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services
            .AddSingleton(Mock.Of<IPaperSearch>())
            .AddSingleton(Mock.Of<IPaperStore>())
            .AddSingleton(Mock.Of<ISimilarPapers>())
            .AddSingleton(Mock.Of<IRecentPapers>())
            .AddSingleton(Mock.Of<IConversationStore>())
            .AddSingleton(embeddings ?? Mock.Of<IEmbeddingStore>());
        builder.AddPaperBotAI();
        return builder.Build();
    }
}
