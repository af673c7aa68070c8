using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Corpus;
using PaperBot.Data.Ingest;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Corpus;

/// <summary>The watcher on a real temp folder and a real SQLite file, with a short quiet period.</summary>
public sealed class CorpusWatcherTests : IAsyncLifetime
{
    private readonly LiveStore _store = new();
    private string _corpus = null!;
    private CorpusWatcher? _watcher;

    public Task InitializeAsync()
    {
        _corpus = Directory.CreateDirectory(Path.Combine(_store.Folder, "corpus")).FullName;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_watcher is not null)
        {
            await _watcher.StopAsync(CancellationToken.None);
            _watcher.Dispose();
        }

        _store.Dispose();
    }

    [Fact]
    public async Task Watcher_FileDropped_IsIngested()
    {
        await StartAsync();

        File.WriteAllText(Path.Combine(_corpus, "new.json"), DailyJson.List("2601.00001"));

        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00001") is not null));
    }

    [Fact]
    public async Task Watcher_FileThereAtStart_IsIngested()
    {
        Directory.CreateDirectory(Path.Combine(_corpus, "sub"));
        File.WriteAllText(Path.Combine(_corpus, "sub", "old.json"), DailyJson.List("2601.00002"));

        await StartAsync();

        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00002") is not null));
    }

    [Fact]
    public async Task Watcher_FileChanged_IsIngestedAgain()
    {
        await StartAsync();
        var path = Path.Combine(_corpus, "list.json");
        File.WriteAllText(path, DailyJson.List("2601.00003"));
        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00003") is not null));

        File.WriteAllText(path, DailyJson.List("2601.00003", "2601.00004"));

        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00004") is not null));
        Assert.Equal(2, _store.Count("source_files"));
    }

    [Fact]
    public async Task Watcher_FileWrittenInTwoHalves_IsIngestedOnceCompleteNeverAsBroken()
    {
        // On a fake clock the quiet period cannot end between the two halves, however slow the machine.
        var time = new WaitableTimeProvider(DateTimeOffset.UtcNow);
        await StartAsync(debounceMilliseconds: 1500, time: time);
        var content = System.Text.Encoding.UTF8.GetBytes(DailyJson.List("2601.00005", "2601.00006"));

        // Act: half the file, then the rest, with no (fake) time between them.
        await using (var stream = new FileStream(Path.Combine(_corpus, "slow.json"), FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            await stream.WriteAsync(content.AsMemory(0, content.Length / 2));
            await stream.FlushAsync();
            await stream.WriteAsync(content.AsMemory(content.Length / 2));
        }

        // Assert: the quiet period passes (as often as the watcher needs), and only the whole file is loaded.
        Assert.True(await Eventually.TrueAsync(async () =>
        {
            time.Advance(TimeSpan.FromMilliseconds(1500));
            return await _store.FindAsync("2601.00006") is not null;
        }));
        Assert.Empty(_store.Warnings<CorpusIngestor>());
        Assert.Equal(1, _store.Count("source_files"));
    }

    [Fact]
    public async Task Watcher_BadFileBesideGoodOne_ReportsTheBadOneInOneLineAndKeepsGoing()
    {
        await StartAsync();

        File.WriteAllText(Path.Combine(_corpus, "bad.json"), "[{\"paper\": {\"id\": \"2601.00007\",\n \"title\": ");
        File.WriteAllText(Path.Combine(_corpus, "good.json"), DailyJson.List("2601.00008"));

        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00008") is not null));
        Assert.True(await Eventually.TrueAsync(() => _store.Warnings<CorpusIngestor>().Count > 0));
        var line = Assert.Single(_store.Warnings<CorpusIngestor>().Concat(_store.Warnings<CorpusUpdater>()).Concat(_store.Warnings<CorpusWatcher>()));
        Assert.Contains(Path.Combine(_corpus, "bad.json") + ":2: not valid JSON", line);
        Assert.DoesNotContain('\n', line);
        Assert.Null(await _store.FindAsync("2601.00007"));

        // Still watching after the bad file.
        File.WriteAllText(Path.Combine(_corpus, "later.json"), DailyJson.List("2601.00009"));
        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00009") is not null));
    }

    [Theory]
    [InlineData(".hidden.json")]
    [InlineData("list.json.tmp")]
    [InlineData("list.json.part")]
    [InlineData("list.json~")]
    [InlineData(".cache/list.json")]
    [InlineData("notes.md")]
    public async Task Watcher_HiddenOrTempFile_IsIgnored(string name)
    {
        await StartAsync();
        var path = Path.Combine(_corpus, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        File.WriteAllText(path, DailyJson.List("2601.00010"));
        File.WriteAllText(Path.Combine(_corpus, "marker.json"), DailyJson.List("2601.00011"));

        // The marker came after the ignored file: once it is in, the ignored one had every chance.
        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00011") is not null));
        Assert.Null(await _store.FindAsync("2601.00010"));
        Assert.Equal(1, _store.Count("source_files"));
    }

    [Fact]
    public async Task Watcher_PartFileRenamedWhenComplete_IsIngested()
    {
        await StartAsync();
        var part = Path.Combine(_corpus, "download.json.part");
        File.WriteAllText(part, DailyJson.List("2601.00012"));

        File.Move(part, Path.Combine(_corpus, "download.json"));

        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00012") is not null));
    }

    [Fact]
    public async Task Watcher_WatchOff_LoadsNothing()
    {
        File.WriteAllText(Path.Combine(_corpus, "there.json"), DailyJson.List("2601.00013"));

        await StartAsync(watch: false);

        Assert.True(await Eventually.TrueAsync(() => _store.Logs.Entries.Any(e => e.Text.Contains("Corpus:Watch is false", StringComparison.Ordinal))));
        Assert.Equal(0, _store.Count("source_files"));
    }

    [Fact]
    public async Task Watcher_ExtraFolder_IsWatchedToo()
    {
        var extra = Directory.CreateDirectory(Path.Combine(_store.Folder, "extra")).FullName;
        await StartAsync(extraFolder: extra);

        File.WriteAllText(Path.Combine(extra, "more.json"), DailyJson.List("2601.00014"));

        Assert.True(await Eventually.TrueAsync(async () => await _store.FindAsync("2601.00014") is not null));
    }

    private async Task StartAsync(int debounceMilliseconds = 200, bool watch = true, string? extraFolder = null, TimeProvider? time = null)
    {
        var options = Options.Create(new CorpusOptions { Path = _corpus, Watch = watch, WatchDebounceMilliseconds = debounceMilliseconds });
        if (extraFolder is not null)
        {
            options.Value.WatchFolders.Add(extraFolder);
        }

        _watcher = new CorpusWatcher(options, _store.Updater, time ?? TimeProvider.System, _store.Loggers.CreateLogger<CorpusWatcher>());
        await _watcher.StartAsync(CancellationToken.None);
    }
}
