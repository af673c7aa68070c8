using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Follows;

namespace PaperBot.Tests.Follows;

public sealed class DigestSenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SendAsync_ClaimedByAnotherPaperBot_SendsNothingAndLooksAgainWhenTheClaimLapses()
    {
        // Arrange: another process on the same PostgreSQL database began this digest a minute ago.
        var claimedUntil = Now.AddMinutes(1);
        var log = new Mock<IDigestLog>();
        log.Setup(l => l.SentPaperIdsAsync("m1", It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).ReturnsAsync(new HashSet<long>());
        log.Setup(l => l.BeginAsync("m1", It.IsAny<string>(), It.IsAny<string>(), It.IsAny<IReadOnlyList<long>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new DigestLogEntry(1, "m1", "2026-12-07", "nonce", PostState.Sending, [7], 1, null, null) { ClaimedElsewhere = true, ClaimedUntil = claimedUntil });
        var recent = new Mock<IRecentPapers>();
        recent.Setup(r => r.ListAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PaperHit(7, "Paper 7", null, new DateOnly(2026, 12, 6), 1, 1, "")]);
        var papers = new Mock<IPaperStore>();
        var messenger = new Mock<IDigestMessenger>(MockBehavior.Strict);
        var sender = new DigestSender(
            new DigestBuilder(recent.Object, papers.Object, log.Object), log.Object, Mock.Of<IFollowStore>(), papers.Object, messenger.Object,
            new FakeTimeProvider(Now), NullLogger<DigestSender>.Instance);
        Follow[] follows = [new(1, "m1", FollowKind.Topic, "diffusion", DigestPeriod.Daily, Now.AddDays(-3), null)];

        // Act
        var next = await sender.SendAsync("m1", DigestPeriod.Daily, follows, Now, CancellationToken.None);

        // Assert: no DM (the strict messenger would throw), and the period is looked at again once the claim lapses.
        Assert.Equal(claimedUntil, next);
        log.Verify(l => l.MarkFailedAsync(It.IsAny<long>(), It.IsAny<string>(), It.IsAny<DateTimeOffset?>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
