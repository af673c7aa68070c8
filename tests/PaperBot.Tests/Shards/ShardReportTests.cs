using PaperBot.Discord.Gateway;
using PaperBot.Shards;

namespace PaperBot.Tests.Shards;

public sealed class ShardReportTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-shards-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ShardReport Report(string ids, DateTimeOffset at, params ShardSnapshot[] shards) => new(4242, ids, at, shards);

    private static ShardSnapshot Shard(int id, int count, string state, string? close = null) =>
        new(id, count, state, Now.AddMinutes(-5), 1, 2, 300 + id, close);

    [Fact]
    public async Task WriteThenReadAll_EveryProcessesReportBesideTheDatabase_LowestShardFirst()
    {
        var db = Path.Combine(_folder, "paperbot.db");
        await ShardReportFiles.WriteAsync(ShardReportFiles.PathFor(db, "2-3"), Report("2-3", Now, Shard(2, 4, "Ready"), Shard(3, 4, "Resuming")), CancellationToken.None);
        await ShardReportFiles.WriteAsync(ShardReportFiles.PathFor(db, "0,1"), Report("0,1", Now, Shard(0, 4, "Ready"), Shard(1, 4, "Identifying", "closed by Discord (4000)")), CancellationToken.None);
        await File.WriteAllTextAsync(ShardReportFiles.PathFor(db, "9"), "{ half a file");
        await ShardReportFiles.WriteAsync(ShardReportFiles.PathFor(Path.Combine(_folder, "other.db"), null), Report("all", Now, Shard(0, 1, "Ready")), CancellationToken.None);

        var reports = ShardReportFiles.ReadAll(db);

        Assert.Equal(["0,1", "2-3"], reports.Select(r => r.ShardIds));
        Assert.Equal(Shard(1, 4, "Identifying", "closed by Discord (4000)"), reports[0].Shards[1]);
        Assert.Equal((4242, Now), (reports[1].ProcessId, reports[1].UpdatedAt));
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_NoBotEverRan_Nothing()
    {
        Assert.Empty(ShardReportFiles.ReadAll(Path.Combine(_folder, "paperbot.db")));
    }

    [Theory]
    [InlineData(null, "paperbot.db.shards-all.json")]
    [InlineData("0-3", "paperbot.db.shards-0-3.json")]
    [InlineData("0, 2,4", "paperbot.db.shards-0_2_4.json")]
    [InlineData("../x", "paperbot.db.shards-.json")]
    public void PathFor_IdsInTheName_NothingThatLeavesTheFolder(string? ids, string expected)
    {
        Assert.Equal(Path.Combine(_folder, expected), ShardReportFiles.PathFor(Path.Combine(_folder, "paperbot.db"), ids));
    }

    [Fact]
    public void Format_OneLinePerShardUnderItsProcess()
    {
        var text = ShardText.Format([Report("all", Now.AddSeconds(-2), Shard(0, 2, "Ready"), Shard(1, 2, "Identifying", "closed by Discord (4011)"))], Now);

        var lines = text.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("Discord shards: 2 of 2 (Discord:ShardIds all; process 4242, as of 2026-12-07 11:59:58 UTC)", lines[0]);
        Assert.Equal("  shard 0: Ready since 2026-12-07 11:55:00 UTC; 1 identify(s), 2 resume(s), 300 event(s)", lines[1]);
        Assert.EndsWith("301 event(s); last close: closed by Discord (4011)", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Format_ReportNotUpdatedForLong_SaysTheBotIsProbablyNotRunning()
    {
        var text = ShardText.Format([Report("all", Now - (4 * ShardReport.WriteInterval), Shard(0, 1, "Ready"))], Now);

        Assert.Contains("stale", text, StringComparison.Ordinal);
        Assert.Contains("probably not running", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoReports_Nothing()
    {
        Assert.Equal("", ShardText.Format([], Now));
    }
}
