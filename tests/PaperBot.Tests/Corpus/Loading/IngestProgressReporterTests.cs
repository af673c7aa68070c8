using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Corpus;
using PaperBot.Core.Corpus.Loading;
using PaperBot.Tests.Data.Ingest;

namespace PaperBot.Tests.Corpus.Loading;

public sealed class IngestProgressReporterTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly CallbackProgress<IngestProgress> _progress = new();

    [Fact]
    public void PaperRead_WithinTheInterval_ReportsNothing_ThenOnceItHasPassed()
    {
        var reporter = new IngestProgressReporter(_progress, _time, filesTotal: 2, bytesTotal: 1000);

        reporter.PaperRead(10);
        _time.Advance(IngestProgressReporter.Interval - TimeSpan.FromMilliseconds(1));
        reporter.PaperRead(20);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        reporter.PaperRead(30);
        reporter.PaperRead(40);

        var report = Assert.Single(_progress.Reports);
        Assert.Equal((0, 2, 30L, 1000L, 3L), (report.FilesDone, report.FilesTotal, report.BytesDone, report.BytesTotal, report.Papers));
        Assert.Equal(IngestProgressReporter.Interval, report.Elapsed);
    }

    [Fact]
    public void FileDone_AlwaysReports_AndPapersOfAFailedFileDoNotCount()
    {
        var reporter = new IngestProgressReporter(_progress, _time, filesTotal: 2, bytesTotal: 300);

        reporter.PaperRead(50);
        reporter.PaperRead(100);
        reporter.FileDone(100, keptPapers: true);
        reporter.PaperRead(150);
        reporter.FileDone(200, keptPapers: false);

        Assert.Equal([(1, 100L, 2L), (2, 300L, 2L)], _progress.Reports.Select(p => (p.FilesDone, p.BytesDone, p.Papers)));
    }

    [Fact]
    public void Remaining_ByBytes_IsTheTimeSoFarScaledToWhatIsLeft()
    {
        var progress = new IngestProgress(FilesDone: 1, FilesTotal: 4, BytesDone: 250, BytesTotal: 1000, Papers: 500, Elapsed: TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(30), progress.Remaining);
        Assert.Equal(50, progress.PapersPerSecond);
        Assert.Null((progress with { BytesDone = 0 }).Remaining);
    }
}
