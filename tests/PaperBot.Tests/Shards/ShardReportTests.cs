using Microsoft.Extensions.Options;
using PaperBot.Core.Status;
using PaperBot.Data;
using PaperBot.Data.Status;
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

    private FileStatusBoard Board(string file = "paperbot.db") =>
        new(Options.Create(new StoreOptions { DatabasePath = Path.Combine(_folder, file) }));

    [Fact]
    public async Task PostThenReadAll_EveryProcessesReportBesideTheDatabase_LowestShardFirst()
    {
        var board = Board();
        await ShardReports.PostAsync(board, "2-3", Report("2-3", Now, Shard(2, 4, "Ready"), Shard(3, 4, "Resuming")), CancellationToken.None);
        await ShardReports.PostAsync(board, "0,1", Report("0,1", Now, Shard(0, 4, "Ready"), Shard(1, 4, "Identifying", "closed by Discord (4000)")), CancellationToken.None);
        await board.PostAsync(ShardReports.KeyFor("9"), "{ half a file", CancellationToken.None);
        await ShardReports.PostAsync(Board("other.db"), null, Report("all", Now, Shard(0, 1, "Ready")), CancellationToken.None);

        var reports = await ShardReports.ReadAllAsync(board, CancellationToken.None);

        Assert.Equal(["0,1", "2-3"], reports.Select(r => r.ShardIds));
        Assert.Equal(Shard(1, 4, "Identifying", "closed by Discord (4000)"), reports[0].Shards[1]);
        Assert.Equal((4242, Now), (reports[1].ProcessId, reports[1].UpdatedAt));
        Assert.DoesNotContain(Directory.EnumerateFiles(_folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_folder, "paperbot.db.shards-0_1.json")), "the report file beside the database");
    }

    [Fact]
    public async Task ReadAll_NoBotEverRanOrNoBoard_Nothing()
    {
        Assert.Empty(await ShardReports.ReadAllAsync(Board(), CancellationToken.None));
        Assert.Empty(await ShardReports.ReadAllAsync(null, CancellationToken.None));
    }

    [Theory]
    [InlineData(null, "shards-all")]
    [InlineData("0-3", "shards-0-3")]
    [InlineData("0, 2,4", "shards-0_2_4")]
    [InlineData("../x", "shards-")]
    public void KeyFor_IdsInTheKey_NothingThatLeavesTheFolder(string? ids, string expected)
    {
        Assert.Equal(expected, ShardReports.KeyFor(ids));
        Assert.Equal(expected, StatusKeys.Check(expected));
    }

    [Fact]
    public async Task Post_KeyThatCouldNameAnotherFile_Refused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Board().PostAsync("../shards-x", "{}", CancellationToken.None));
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
