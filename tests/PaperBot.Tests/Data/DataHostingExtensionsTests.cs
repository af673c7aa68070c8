using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Data;
using PaperBot.Data.Search;

namespace PaperBot.Tests.Data;

public sealed class DataHostingExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-host-").FullName;

    [Fact]
    public void AddPaperBotData_ResolvesEveryPortAndDefaultsToHybrid()
    {
        using var host = Build([]);

        Assert.NotNull(host.Services.GetRequiredService<ISimilarPapers>());
        Assert.NotNull(host.Services.GetRequiredService<IRecentPapers>());
        Assert.NotNull(host.Services.GetRequiredService<PaperBot.Core.Trends.ITopicTrends>());
        Assert.NotNull(host.Services.GetRequiredService<IConversationStore>());
        Assert.NotNull(host.Services.GetRequiredService<IEmbeddingStore>());
        Assert.NotNull(host.Services.GetRequiredService<IPaperSearch>());
        Assert.Equal(SearchMode.Hybrid, host.Services.GetRequiredService<IOptions<SearchOptions>>().Value.Mode);
    }

    [Fact]
    public void AddPaperBotData_HybridConfigured_IsBound()
    {
        using var host = Build(new() { ["Search:Mode"] = "Hybrid", ["Search:Candidates"] = "50" });

        var options = host.Services.GetRequiredService<IOptions<SearchOptions>>().Value;

        Assert.Equal((SearchMode.Hybrid, 50), (options.Mode, options.Candidates));
    }

    [Theory]
    [InlineData("Search:Candidates", "5", "Search:Candidates")]
    [InlineData("Storage:ReadConnections", "0", "Storage:ReadConnections")]
    [InlineData("Storage:ReadConnections", "65", "Storage:ReadConnections")]
    public void AddPaperBotData_OutOfRangeValue_StartupFailsNamingTheKey(string key, string value, string named)
    {
        using var host = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains(named, error.Message);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    private IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true }); // no machine environment or stray appsettings.json
        settings["Storage:DatabasePath"] = Path.Combine(_folder, "paperbot.db");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPaperBotData();
        return builder.Build();
    }
}
