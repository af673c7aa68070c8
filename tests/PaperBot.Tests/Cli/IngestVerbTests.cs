using System.Text.Json;
using PaperBot.Cli;
using PaperBot.Core.Corpus;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Cli;

public sealed class IngestVerbTests : IDisposable
{
    private const string Abstract = "We study a problem at length. The method works well on many benchmarks and is simple to use.";
    private readonly TestStore _store = new(pageYear: 2025);
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();
    private readonly IngestInterrupt _interrupt = IngestInterrupt.Manual(CancellationToken.None);
    private bool _caughtUp;
    private Action<CancellationToken>? _whileCatchingUp;

    [Fact]
    public async Task RunAsync_CtrlCAfterFirstFile_FirstFileInSecondNotStartedSaysStoppedAndExits130()
    {
        var a = WritePapers("a.txt", "Alpha One", "Alpha Two");
        var b = WritePapers("b.txt", "Beta One", "Beta Two");

        var exit = await RunAsync([a, b], json: false, PressAfterFirstFile);

        Assert.Equal(130, exit);
        Assert.Equal(["Alpha One", "Alpha Two"], Titles());
        Assert.Contains("stopped by Ctrl+C after 1 of 2 files; 1 not started", _error.ToString());
        Assert.Single(_error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("stopped", StringComparison.Ordinal));
        Assert.StartsWith("1 files: 1 ingested", _output.ToString());
        Assert.False(_caughtUp);
    }

    [Fact]
    public async Task RunAsync_StoppedWithJson_StdoutIsOnlyTheReportSayingStopped()
    {
        var a = WritePapers("a.txt", "Alpha One");
        var b = WritePapers("b.txt", "Beta One");

        var exit = await RunAsync([a, b], json: true, PressAfterFirstFile);

        using var report = JsonDocument.Parse(_output.ToString());
        Assert.Equal(130, exit);
        Assert.True(report.RootElement.GetProperty("stopped").GetBoolean());
        Assert.Equal(1, report.RootElement.GetProperty("notStarted").GetInt32());
        Assert.Contains("stopped by Ctrl+C", _error.ToString());
    }

    [Fact]
    public async Task RunAsync_CtrlCTwiceMidFile_RollsThatFileBackSaysAbortedAndExits130()
    {
        var a = WritePapers("a.txt", "Alpha One");
        var b = WritePapers("b.txt", "Beta One", "Beta Two", "Beta Three");

        var exit = await RunAsync([a, b], json: false, p =>
        {
            if (p is { FilesDone: 1, Papers: 1 })
            {
                // The next file's first paper reports once this much time has passed: both presses land inside it.
                _store.Time.Advance(TimeSpan.FromSeconds(1));
            }
            else if (p.FilesDone == 1)
            {
                _interrupt.Press();
                _interrupt.Press();
            }
        });

        Assert.Equal(130, exit);
        Assert.Equal(["Alpha One"], Titles());
        Assert.Equal(1, _store.Count("source_files"));
        Assert.Contains("aborted: the file being loaded was rolled back", _error.ToString());
        Assert.Equal("", _output.ToString());
    }

    [Fact]
    public async Task RunAsync_NotInterrupted_CatchesUpAndExits0()
    {
        var a = WritePapers("a.txt", "Alpha One");

        var exit = await RunAsync([a], json: false, _ => { });

        Assert.Equal(0, exit);
        Assert.True(_caughtUp);
        Assert.DoesNotContain("stopped", _error.ToString());
    }

    [Fact]
    public async Task RunAsync_CtrlCWhileEmbedding_StopsThatPrintsTheSummaryAndExits130()
    {
        var a = WritePapers("a.txt", "Alpha One");
        _whileCatchingUp = token =>
        {
            _interrupt.Press();
            token.ThrowIfCancellationRequested();
        };

        var exit = await RunAsync([a], json: false, _ => { });

        Assert.Equal(130, exit);
        Assert.Equal(["Alpha One"], Titles());
        Assert.Contains("stopped by Ctrl+C while embedding", _error.ToString());
        Assert.StartsWith("1 files: 1 ingested", _output.ToString());
    }

    [Fact]
    public void Press_ThreeTimes_StopsThenAbortsThenLeavesItToTheSystem()
    {
        Assert.True(_interrupt.Press());
        Assert.True(_interrupt.StopAfterFile.IsCancellationRequested);
        Assert.False(_interrupt.Abort.IsCancellationRequested);

        Assert.True(_interrupt.Press());
        Assert.True(_interrupt.Abort.IsCancellationRequested);

        Assert.False(_interrupt.Press());
    }

    public void Dispose()
    {
        _interrupt.Dispose();
        _store.Dispose();
    }

    private void PressAfterFirstFile(IngestProgress progress)
    {
        if (progress.FilesDone == 1)
        {
            _interrupt.Press();
        }
    }

    private async Task<int> RunAsync(string[] paths, bool json, Action<IngestProgress> onProgress)
    {
        var verbs = new VerbContext(_ => throw new InvalidOperationException("no host in this test"), new CommonOptions(), _output, _error);
        var printer = new IngestProgressPrinter(_error, live: false, _store.Time, _interrupt.StopAfterFile);
        return await IngestVerb.RunAsync(verbs, new WatchedIngestor(_store.Ingestor, onProgress), paths, CategoryFilter.All, json, printer, _interrupt, token =>
        {
            _caughtUp = true;
            _whileCatchingUp?.Invoke(token);
            return Task.CompletedTask;
        });
    }

    private string WritePapers(string name, params string[] titles) =>
        _store.WriteFile(name, PageDumps.Page("Dec 4", [.. titles.Select(t => (t, Abstract, (string?)null))]));

    private List<string> Titles() => _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers ORDER BY title"));

    /// <summary>The real ingestor, with the test acting inside each progress report before the verb's printer sees it.</summary>
    private sealed class WatchedIngestor(ICorpusIngestor inner, Action<IngestProgress> onProgress) : ICorpusIngestor
    {
        public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken) =>
            inner.IngestAsync(paths, cancellationToken);

        public Task<IngestReport> IngestAsync(IReadOnlyList<string> paths, CategoryFilter categories, CancellationToken cancellationToken) =>
            inner.IngestAsync(paths, categories, cancellationToken);

        public Task<IngestReport> IngestAsync(
            IReadOnlyList<string> paths, CategoryFilter categories, IProgress<IngestProgress>? progress, CancellationToken stopAfterFile, CancellationToken cancellationToken) =>
            inner.IngestAsync(paths, categories, new Watch(onProgress, progress), stopAfterFile, cancellationToken);

        private sealed class Watch(Action<IngestProgress> onProgress, IProgress<IngestProgress>? next) : IProgress<IngestProgress>
        {
            public void Report(IngestProgress value)
            {
                onProgress(value);
                next?.Report(value);
            }
        }
    }
}
