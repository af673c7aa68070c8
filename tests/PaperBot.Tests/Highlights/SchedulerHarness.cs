using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PaperBot.Core.Highlights;
using PaperBot.Data;
using PaperBot.Data.Database;
using PaperBot.Data.Highlights;
using PaperBot.Highlights;

namespace PaperBot.Tests.Highlights;

/// <summary>
/// One "process" running the highlight scheduler on a database file with a fake clock: a new harness on the same file
/// is a restart. <see cref="RunUntilAsync"/> steps the clock from one wake-up to the next, waiting each time for the
/// scheduler to settle, so a week runs in milliseconds and nothing depends on real time.
/// </summary>
internal sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly FakeTimeProvider _time;
    private DateTimeOffset _settledAt;
    private bool _started;

    public SchedulerHarness(string databasePath, FakeTimeProvider time, IChannelPublisher publisher, Func<HighlightRequest, HighlightPost>? build = null)
    {
        _time = time;
        Database = new SqliteDatabase(Options.Create(new StoreOptions { DatabasePath = databasePath }), NullLogger<SqliteDatabase>.Instance);
        var changes = new SubscriptionChangeSignal();
        Subscriptions = new SqliteSubscriptionStore(Database, time, changes);
        Log = new SqliteHighlightPostLog(Database, time);
        var options = Options.Create(new HighlightOptions { CheckIntervalSeconds = 3600, SendTimeoutSeconds = 30 });
        var builder = new FuncBuilder(build ?? OnePaper);
        var sender = new HighlightSender(builder, Log, Subscriptions, publisher, options, time, NullLogger<HighlightSender>.Instance);
        var planner = new HighlightPlanner(Log, NullLogger<HighlightPlanner>.Instance);
        Scheduler = new HighlightScheduler(Subscriptions, planner, sender, changes, options, time, NullLogger<HighlightScheduler>.Instance);
    }

    public SqliteDatabase Database { get; }

    public SqliteSubscriptionStore Subscriptions { get; }

    public SqliteHighlightPostLog Log { get; }

    public HighlightScheduler Scheduler { get; }

    public static HighlightPost OnePaper(HighlightRequest request) =>
        new(request.Day, request.Topic, [new HighlightItem(1, "A Paper", "It does a thing.", 3, null, null)]);

    public Task<Subscription> SubscribeAsync(string channelId, string zone, int hour, int minute, bool skipEmptyDays = false) =>
        Subscriptions.SaveAsync(new SubscriptionRequest("g1", channelId, new TimeOnly(hour, minute), zone, null, 5, skipEmptyDays), CancellationToken.None);

    public async Task StartAsync()
    {
        _started = true;
        await Scheduler.StartAsync(CancellationToken.None);
        await SettleAsync();
    }

    /// <summary>Waits until the scheduler has planned at the current fake time and sleeps with no send in flight.</summary>
    public async Task SettleAsync()
    {
        _settledAt = _time.GetUtcNow();
        await Scheduler.WaitIdleAsync(_settledAt, CancellationToken.None).WaitAsync(RecordingPublisher.Guard);
    }

    /// <summary>Moves the clock to <paramref name="end"/> through every wake-up on the way, letting the scheduler finish each.</summary>
    public async Task RunUntilAsync(DateTimeOffset end)
    {
        while (true)
        {
            var wake = await Scheduler.WaitIdleAsync(_settledAt, CancellationToken.None).WaitAsync(RecordingPublisher.Guard);
            var now = _time.GetUtcNow();
            if (wake > end)
            {
                if (end > now)
                {
                    _time.Advance(end - now);
                }

                return;
            }

            _time.Advance(wake - now);
            _settledAt = wake;
        }
    }

    /// <summary>Stops the scheduler as the host would (the "process" ends) and closes the database.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await Scheduler.StopAsync(CancellationToken.None).WaitAsync(RecordingPublisher.Guard);
        }

        Scheduler.Dispose();
        Database.Dispose();
    }

    private sealed class FuncBuilder(Func<HighlightRequest, HighlightPost> build) : IHighlightBuilder
    {
        public Task<HighlightPost> BuildAsync(HighlightRequest request, CancellationToken cancellationToken) => Task.FromResult(build(request));
    }
}
