using Microsoft.Extensions.Time.Testing;
using PaperBot.Cli;
using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Cli;

public sealed class IngestProgressPrinterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly StringWriter _error = new();

    [Fact]
    public void Report_OnATerminal_RedrawsOneLineInPlaceAndFinishEndsIt()
    {
        var printer = new IngestProgressPrinter(_error, live: true, _time, CancellationToken.None);

        printer.Report(Progress(filesDone: 1, papers: 12_000, seconds: 2));
        printer.Report(Progress(filesDone: 2, papers: 9, seconds: 3));
        printer.Finish();

        var text = _error.ToString();
        var frames = text.Split('\r', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, frames.Length);
        Assert.StartsWith("ingest: 1/4 files, 12,000 papers, 6,000 papers/s, 25%, about 6 s left", frames[0]);
        // The shorter second frame is padded over the first, and the line ends once.
        Assert.Equal(frames[0].Length, frames[1].TrimEnd('\n', '\r').Length);
        Assert.EndsWith(Environment.NewLine, text);
        Assert.Single(text.Split('\n')[..^1]);
    }

    [Fact]
    public void Report_NotATerminal_APlainLineEveryFewSecondsAndNoCarriageReturn()
    {
        var printer = new IngestProgressPrinter(_error, live: false, _time, CancellationToken.None);

        printer.Report(Progress(filesDone: 1, papers: 10, seconds: 1));
        _time.Advance(IngestProgressPrinter.PlainInterval);
        printer.Report(Progress(filesDone: 2, papers: 20, seconds: 5));
        _time.Advance(TimeSpan.FromSeconds(1));
        printer.Report(Progress(filesDone: 3, papers: 30, seconds: 6));
        printer.Finish();

        var lines = _error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ingest: 2/4 files, 20 papers", Assert.Single(lines));
        Assert.DoesNotContain('\r', _error.ToString().Replace(Environment.NewLine, "\n", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_OnATerminalOnceStopIsAsked_SaysItStopsAfterThisFile()
    {
        using var stop = new CancellationTokenSource();
        var printer = new IngestProgressPrinter(_error, live: true, _time, stop.Token);
        stop.Cancel();

        printer.Report(Progress(filesDone: 1, papers: 10, seconds: 1));

        Assert.Contains("stopping after this file (Ctrl+C again aborts it)", _error.ToString());
    }

    [Theory]
    [InlineData(0, 0, "time left unknown yet")]
    [InlineData(500, 10, "about 10 s left")]
    [InlineData(100, 30, "about 4 min 30 s left")]
    [InlineData(10, 401, "about 11 h 01 min left")]
    public void Describe_TimeLeft_ByBytes(long bytesDone, int seconds, string expected)
    {
        var line = IngestProgressPrinter.Describe(new IngestProgress(0, 1, bytesDone, 1000, 1, TimeSpan.FromSeconds(seconds)));

        Assert.EndsWith(expected, line);
    }

    private static IngestProgress Progress(int filesDone, long papers, int seconds) =>
        new(filesDone, FilesTotal: 4, BytesDone: filesDone * 250, BytesTotal: 1000, papers, TimeSpan.FromSeconds(seconds));
}
