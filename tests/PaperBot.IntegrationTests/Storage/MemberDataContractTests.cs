using PaperBot.Core.Chat;
using PaperBot.Core.Corpus;
using PaperBot.Core.Follows;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>/forget-me (<see cref="IMemberData"/>), the same on every provider: all of one member's rows, no one else's.</summary>
public abstract class MemberDataContractTests : ComposedContract
{
    [Fact]
    public async Task ForgetAsync_MemberWithDataEverywhere_DeletesAllOfItAndNoOneElses()
    {
        var (a, b) = await IngestTwoAsync();
        await GiveDataAsync("m1", "dm-1", "thread-1", a, b);
        await GiveDataAsync("m2", "dm-2", "thread-2", a, b);

        var deleted = await Process.Get<IMemberData>().ForgetAsync("m1", ["thread-1"], CancellationToken.None);

        // library 1, votes 2 (own, and another member's vote in m1's DM), reading list 1, follows 1, digests 1,
        // turns 2 + shown 2 (DM and thread), paper messages 1 (in the DM), DM channels 1.
        Assert.Equal(12, deleted);
        Assert.Equal(0, await Process.Get<ILibraryStore>().CountAsync("m1", null, CancellationToken.None));
        Assert.Empty(await Process.Get<IFollowStore>().ListAsync("m1", CancellationToken.None));
        Assert.Null(await Process.Get<IDigestLog>().GetAsync("m1", "2026-12-07", CancellationToken.None));
        Assert.Empty(await Process.Get<IConversationStore>().GetRecentAsync("thread-1", 10, CancellationToken.None));
        Assert.Empty(await Process.Get<IConversationStore>().GetShownAsync("dm-1", CancellationToken.None));
        Assert.Empty(await Process.Get<IMemberChannels>().DirectChannelsAsync("m1", CancellationToken.None));
        Assert.Empty(await Process.Get<IPaperVotes>().PapersOfAsync("message-dm-1", CancellationToken.None));
        Assert.Equal(0, await Process.Get<IReadingListStore>().CountAsync("list-m1", CancellationToken.None));

        Assert.Equal(1, await Process.Get<ILibraryStore>().CountAsync("m2", null, CancellationToken.None));
        Assert.Single(await Process.Get<IFollowStore>().ListAsync("m2", CancellationToken.None));
        Assert.NotNull(await Process.Get<IDigestLog>().GetAsync("m2", "2026-12-07", CancellationToken.None));
        Assert.Single(await Process.Get<IConversationStore>().GetRecentAsync("thread-2", 10, CancellationToken.None));
        Assert.Equal(["dm-2"], await Process.Get<IMemberChannels>().DirectChannelsAsync("m2", CancellationToken.None));
        Assert.Equal([a], await Process.Get<IPaperVotes>().PapersOfAsync("message-dm-2", CancellationToken.None));
        Assert.Equal(1, await Process.Get<IReadingListStore>().CountAsync("list-m2", CancellationToken.None));
        Assert.Equal(0, await Process.Get<IMemberData>().ForgetAsync("m1", ["thread-1"], CancellationToken.None));
    }

    /// <summary>A member's row in every table: library, a vote in the other's DM, reading list, follow, digest, conversations, DM.</summary>
    private async Task GiveDataAsync(string member, string dm, string thread, long a, long b)
    {
        var now = Backend.Time.GetUtcNow();
        await Process.Get<ILibraryStore>().SaveAsync(member, a, ["tag"], null, CancellationToken.None);
        await Process.Get<IReadingListStore>().AddAsync($"list-{member}", b, member, null, CancellationToken.None);
        await Process.Get<IFollowStore>().AddAsync(member, FollowKind.Topic, "diffusion", DigestPeriod.Daily, CancellationToken.None);
        await Process.Get<IDigestLog>().BeginAsync(member, "2026-12-07", "nonce", [a], CancellationToken.None);
        await Process.Get<IMemberChannels>().RecordDirectAsync(member, dm, CancellationToken.None);
        foreach (var conversation in new[] { dm, thread })
        {
            await Process.Get<IConversationStore>().AppendAsync(conversation, new ConversationTurn(ChatRole.User, "hello", [], now), 10, CancellationToken.None);
            await Process.Get<IConversationStore>().SetShownAsync(conversation, [a], CancellationToken.None);
        }

        var votes = Process.Get<IPaperVotes>();
        await votes.RecordMessageAsync(dm, $"message-{dm}", [a], CancellationToken.None);
        await votes.AddAsync($"message-{dm}", member == "m1" ? "m2" : "m1", CancellationToken.None);
    }

    private async Task<(long A, long B)> IngestTwoAsync()
    {
        var folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;
        try
        {
            var path = Path.Combine(folder, "two.jsonl");
            await System.IO.File.WriteAllTextAsync(path, File(Line("2401.00001", "First Paper", "One."), Line("2401.00002", "Second Paper", "Two.")));
            await Process.Get<ICorpusIngestor>().IngestAsync([path], CancellationToken.None);
            var papers = Process.Get<IPaperStore>();
            return ((await papers.FindAsync("2401.00001", CancellationToken.None))!.Id, (await papers.FindAsync("2401.00002", CancellationToken.None))!.Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
