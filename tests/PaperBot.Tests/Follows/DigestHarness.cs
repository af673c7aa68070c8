using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PaperBot.Core.Follows;
using PaperBot.Core.Papers;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Follows;
using PaperBot.Follows;
using PaperBot.Testing;

namespace PaperBot.Tests.Follows;

/// <summary>
/// One "process" running the digest scheduler on a database file with a fake clock: a new harness on the same file is
/// a restart. Each UTC day has one new paper (id = the day number) matching every topic.
/// </summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly WaitableTimeProvider _time;
    private bool _started;

    public DigestHarness(string databasePath, WaitableTimeProvider time, IDigestMessenger messenger)
    {
        _time = time;
        Database = new SqliteDatabase(Options.Create(new StoreOptions { DatabasePath = databasePath }), NullLogger<SqliteDatabase>.Instance);
        Follows = new SqliteFollowStore(Database, time);
        Log = new SqliteDigestLog(Database, time);
        var recent = new Mock<IRecentPapers>();
        recent.Setup(r => r.ListAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((DateOnly _, DateOnly to, string? _, int _, CancellationToken _) => [Hit(to)]);
        var papers = new Mock<IPaperStore>();
        papers.Setup(p => p.GetAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((long id, CancellationToken _) => new StoredPaper(id, new Paper { Title = $"Paper {id}", Abstract = "" }, []));
        var builder = new DigestBuilder(recent.Object, papers.Object, Log);
        var sender = new DigestSender(builder, Log, Follows, papers.Object, messenger, time, NullLogger<DigestSender>.Instance);
        Scheduler = new DigestScheduler(Follows, sender, time, NullLogger<DigestScheduler>.Instance);
    }

    public SqliteDatabase Database { get; }

    public SqliteFollowStore Follows { get; }

    public SqliteDigestLog Log { get; }

    public DigestScheduler Scheduler { get; }

    public static PaperHit Hit(DateOnly day) => new(day.DayNumber, $"Paper {day.DayNumber}", null, day, 1, 1, "");

    public async Task StartAsync()
    {
        _started = true;
        await Scheduler.StartAsync(CancellationToken.None);
        await SettleAsync();
    }

    /// <summary>Waits until the scheduler has run a pass at the current fake time and sleeps.</summary>
    public Task<DateTimeOffset> SettleAsync() => Scheduler.WaitIdleAsync(_time.GetUtcNow(), CancellationToken.None).WaitAsync(Guard);

    /// <summary>Moves the clock on once the scheduler sleeps, and waits for the pass that follows.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        await _time.AdvanceWhenWaitingAsync(by);
        await SettleAsync();
    }

    public int Rows(string state) => Database.Read(c => c.ExecuteScalar<int>("SELECT COUNT(*) FROM digest_posts WHERE state = ?", state));

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Scheduler.StopAsync(CancellationToken.None).WaitAsync(Guard);
        }

        Scheduler.Dispose();
        Database.Dispose();
    }
}
