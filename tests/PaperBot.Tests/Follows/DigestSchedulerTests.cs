using Moq;
using PaperBot.Core.Follows;
using PaperBot.Testing;

namespace PaperBot.Tests.Follows;

public sealed class DigestSchedulerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero); // a Monday
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-digests-").FullName;
    private readonly WaitableTimeProvider _time = new(Start);
    private readonly List<(Digest Digest, string Nonce)> _sent = [];

    private string DatabasePath => Path.Combine(_folder, "paperbot.db");

    [Fact]
    public async Task DailyFollow_ThreeDaysAndARestart_OneDmPerDay()
    {
        var messenger = Messenger(DmStatus.Sent);
        await using (var first = new DigestHarness(DatabasePath, _time, messenger.Object))
        {
            await first.Follows.AddAsync("1001", FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None);
            await first.StartAsync();
            await first.AdvanceAsync(TimeSpan.FromMinutes(20)); // a later pass the same day sends nothing more
            await first.AdvanceAsync(TimeSpan.FromHours(14)); // past midnight: the next day's digest
        }

        await using (var second = new DigestHarness(DatabasePath, _time, messenger.Object))
        {
            await second.StartAsync(); // the same day again, in a new process
            await second.AdvanceAsync(TimeSpan.FromDays(1));
            Assert.Equal(3, second.Rows("sent"));
        }

        Assert.Equal(["2026-12-07", "2026-12-08", "2026-12-09"], _sent.Select(s => s.Digest.PeriodKey));
        Assert.Equal(3, _sent.Select(s => s.Nonce).Distinct().Count());
        // No paper comes twice: each day's digest holds that day's new paper only.
        Assert.All(_sent, s => Assert.Single(s.Digest.Items));
        Assert.Equal(3, _sent.Select(s => s.Digest.Items[0].PaperId).Distinct().Count());
    }

    [Fact]
    public async Task StoppedWhileSending_Restarted_SameNonceAndPapersOnce()
    {
        var hanging = new Mock<IDigestMessenger>();
        var attempted = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        hanging.Setup(m => m.SendAsync(It.IsAny<Digest>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns((Digest _, string nonce, CancellationToken token) =>
            {
                attempted.TrySetResult(nonce);
                // Discord never answers: the send ends only when PaperBot stops.
                var never = new TaskCompletionSource<DmResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                token.Register(() => never.TrySetCanceled(token));
                return never.Task;
            });
        string firstNonce;
        await using (var first = new DigestHarness(DatabasePath, _time, hanging.Object))
        {
            await first.Follows.AddAsync("1001", FollowKind.Topic, "diffusion", DigestPeriod.Weekly, CancellationToken.None);
            await first.Scheduler.StartAsync(CancellationToken.None);
            firstNonce = await attempted.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await first.Scheduler.StopAsync(CancellationToken.None); // the "crash": the log says sending, the DM may be out
            Assert.Equal(1, first.Rows("sending"));
        }

        // The next start is a day later in the same week, when another paper is new: the logged papers go, not the new ones.
        _time.Advance(TimeSpan.FromDays(1));
        await using var second = new DigestHarness(DatabasePath, _time, Messenger(DmStatus.Sent).Object);
        await second.StartAsync();

        var resent = Assert.Single(_sent);
        Assert.Equal(firstNonce, resent.Nonce);
        Assert.Equal(FollowRules.Nonce("1001", FollowRules.PeriodKey(DigestPeriod.Weekly, Start)), resent.Nonce);
        Assert.Equal([DateOnly.FromDateTime(Start.UtcDateTime).DayNumber], resent.Digest.Items.Select(i => i.PaperId));
        Assert.Equal(1, second.Rows("sent"));
    }

    [Fact]
    public async Task DmsClosed_FollowsPausedAndNoRetryUntilResumed()
    {
        var messenger = Messenger(DmStatus.Closed);
        await using var harness = new DigestHarness(DatabasePath, _time, messenger.Object);
        await harness.Follows.AddAsync("1001", FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None);
        await harness.StartAsync();
        await harness.AdvanceAsync(TimeSpan.FromDays(1));
        await harness.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Single(_sent);
        var follow = Assert.Single(await harness.Follows.ListAsync("1001", CancellationToken.None));
        Assert.Equal(FollowRules.DmsClosedReason, follow.PausedReason);

        messenger.Setup(m => m.SendAsync(It.IsAny<Digest>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Digest digest, string nonce, CancellationToken _) => Record(digest, nonce, DmStatus.Sent));
        Assert.Equal(1, await harness.Follows.ResumeAsync("1001", CancellationToken.None));
        await harness.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Equal(2, _sent.Count);
        Assert.Equal(1, harness.Rows("sent"));
    }

    [Fact]
    public async Task NothingNew_NoDm()
    {
        var messenger = Messenger(DmStatus.Sent);
        await using var harness = new DigestHarness(DatabasePath, _time, messenger.Object);
        await harness.Follows.AddAsync("1001", FollowKind.Author, "Nobody Wrote This", DigestPeriod.Daily, CancellationToken.None);
        await harness.StartAsync();

        Assert.Empty(_sent);
        Assert.Equal(1, harness.Rows("skipped"));
    }

    [Fact]
    public async Task ShellMembersFollow_NeverDmedNorPaused()
    {
        var messenger = Messenger(DmStatus.Closed);
        await using var harness = new DigestHarness(DatabasePath, _time, messenger.Object);
        await harness.Follows.AddAsync("local", FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None);
        await harness.StartAsync();
        await harness.AdvanceAsync(TimeSpan.FromDays(1));

        Assert.Empty(_sent);
        Assert.All(await harness.Follows.ListAsync("local", CancellationToken.None), f => Assert.False(f.IsPaused));
    }

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
    }

    private Mock<IDigestMessenger> Messenger(DmStatus status)
    {
        var messenger = new Mock<IDigestMessenger>();
        messenger.Setup(m => m.SendAsync(It.IsAny<Digest>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Digest digest, string nonce, CancellationToken _) => Record(digest, nonce, status));
        return messenger;
    }

    private DmResult Record(Digest digest, string nonce, DmStatus status)
    {
        lock (_sent)
        {
            _sent.Add((digest, nonce));
        }

        return new DmResult(status, status == DmStatus.Sent ? "m" : null, status == DmStatus.Closed ? FollowRules.DmsClosedReason : null);
    }
}
