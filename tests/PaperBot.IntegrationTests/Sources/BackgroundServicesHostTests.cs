using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Hosting;
using PaperBot.IntegrationTests.Corpus;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Sources;

/// <summary>The corpus watcher and the Hugging Face source in PaperBot's real composition, once the host is started.</summary>
public sealed class BackgroundServicesHostTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-host-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere: the OS temp cleaner will take it.
        }
    }

    [Fact]
    public async Task Host_Started_FetchesTheDailyListsNextToTheDatabaseAndLoadsFilesDroppedInTheCorpus()
    {
        // Arrange
        await using var server = await FakeHuggingFaceServer.StartAsync();
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        using var host = PaperBotApp.CreateHost(Overrides(new()
        {
            ["Corpus:Path"] = corpus,
            ["Corpus:WatchDebounceMilliseconds"] = "100",
            ["Sources:HuggingFace:Enabled"] = "true",
            ["Sources:HuggingFace:BaseUrl"] = server.BaseUrl.ToString(),
            ["Sources:HuggingFace:BackfillDays"] = "2",
        }));
        var store = host.Services.GetRequiredService<IPaperStore>();

        // Act
        await host.StartAsync();
        File.WriteAllText(Path.Combine(corpus, "dropped.json"), DailyJson.List("2601.00100"));

        // Assert
        var lists = Path.Combine(_folder, "sources", "huggingface");
        Assert.True(await Eventually.TrueAsync(async () => await store.FindAsync("2601.00100", CancellationToken.None) is not null));
        Assert.True(await Eventually.TrueAsync(() => Directory.Exists(lists) && Directory.GetFiles(lists, "daily-*.json").Length == 3));
        Assert.Equal(3, server.Requests.Count);
        await host.StopAsync();
    }

    [Fact]
    public async Task Host_SourcesOffAndWatchOff_FetchesAndLoadsNothing()
    {
        await using var server = await FakeHuggingFaceServer.StartAsync();
        var corpus = Directory.CreateDirectory(Path.Combine(_folder, "corpus")).FullName;
        File.WriteAllText(Path.Combine(corpus, "there.json"), DailyJson.List("2601.00101"));
        using var host = PaperBotApp.CreateHost(Overrides(new()
        {
            ["Corpus:Path"] = corpus,
            ["Corpus:Watch"] = "false",
            ["Sources:HuggingFace:BaseUrl"] = server.BaseUrl.ToString(),
        }));

        await host.StartAsync();

        // Switched off, both return at once: finished, not merely not begun.
        var services = host.Services.GetServices<IHostedService>()
            .Where(s => s is PaperBot.Corpus.CorpusWatcher or PaperBot.Sources.HuggingFace.HuggingFaceDailySource).Cast<BackgroundService>().ToList();
        Assert.Equal(2, services.Count);
        Assert.True(await Eventually.TrueAsync(() => services.All(s => s.ExecuteTask?.IsCompletedSuccessfully == true)));
        await host.StopAsync();
        Assert.Empty(server.Requests);
        Assert.False(await host.Services.GetRequiredService<IPaperStore>().HasIngestedAnyFileAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("Sources:HuggingFace:PollMinutes", "0")]
    [InlineData("Sources:HuggingFace:BackfillDays", "-1")]
    [InlineData("Sources:HuggingFace:TimeoutSeconds", "0")]
    [InlineData("Sources:HuggingFace:MaxRateLimitWaitSeconds", "0")]
    [InlineData("Sources:HuggingFace:BaseUrl", "huggingface.co")]
    [InlineData("Corpus:WatchDebounceMilliseconds", "0")]
    [InlineData("Corpus:RescanMinutes", "0")]
    public async Task Host_WrongSetting_DoesNotStartAndNamesTheKey(string key, string value)
    {
        using var host = PaperBotApp.CreateHost(Overrides(new() { [key] = value }));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    private CliOverrides Overrides(Dictionary<string, string?> settings)
    {
        // Nothing of the developer's own corpus or data folder is touched.
        settings.TryAdd("Corpus:AutoIngest", "false");
        settings.TryAdd("Corpus:Path", Path.Combine(_folder, "no-corpus"));
        settings.TryAdd("Ai:LocalEmbeddings", "false");
        return new CliOverrides(Path.Combine(_folder, "paperbot.db"), null, OneShot: true) { Settings = settings.ToImmutableDictionary() };
    }
}
