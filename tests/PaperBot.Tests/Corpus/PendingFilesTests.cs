using PaperBot.Corpus;

namespace PaperBot.Tests.Corpus;

public sealed class PendingFilesTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 8, 18, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-pending-").FullName;
    private readonly PendingFiles _pending = new(Quiet);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TakeSettled_BeforeTheQuietPeriod_Nothing_ThenTheFile()
    {
        var path = Write("a.json", "[]");
        _pending.Touch(path, T0);

        var early = _pending.TakeSettled(T0 + Quiet / 2);
        var settled = _pending.TakeSettled(T0 + Quiet);

        Assert.Empty(early);
        Assert.Equal([path], settled.Select(s => s.Path));
        Assert.Equal(0, _pending.Count);
    }

    [Fact]
    public void TakeSettled_FileGrewMeanwhile_StartsTheQuietPeriodAgain()
    {
        var path = Write("a.json", "[");
        _pending.Touch(path, T0);
        File.AppendAllText(path, "]   ");

        var afterGrowth = _pending.TakeSettled(T0 + Quiet);
        var later = _pending.TakeSettled(T0 + Quiet + Quiet);

        Assert.Empty(afterGrowth);
        Assert.Single(later);
    }

    [Fact]
    public void AddIfChanged_AsLoaded_NotPendingUntilItChanges()
    {
        var path = Write("a.json", "[]");
        _pending.Touch(path, T0);
        var (_, stamp) = Assert.Single(_pending.TakeSettled(T0 + Quiet));
        _pending.MarkLoaded(path, stamp);

        _pending.AddIfChanged(path, T0 + Quiet);
        var unchanged = _pending.Count;
        File.AppendAllText(path, "\n");
        _pending.AddIfChanged(path, T0 + Quiet);

        Assert.Equal((0, 1), (unchanged, _pending.Count));
    }

    [Fact]
    public void TakeSettled_FileDeleted_Dropped()
    {
        var path = Write("a.json", "[]");
        _pending.Touch(path, T0);
        File.Delete(path);

        Assert.Empty(_pending.TakeSettled(T0 + Quiet));
        Assert.Equal(0, _pending.Count);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }
}
