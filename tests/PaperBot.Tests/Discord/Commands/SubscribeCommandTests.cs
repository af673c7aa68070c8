using Moq;
using PaperBot.Core.Highlights;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using PaperBot.Tests.Discord.Interactions;

namespace PaperBot.Tests.Discord.Commands;

public sealed class SubscribeCommandTests
{
    private readonly Mock<ISubscriptionStore> _store = new(MockBehavior.Strict);

    [Fact]
    public async Task Execute_Valid_SavesAndConfirmsPrivately()
    {
        _store.Setup(s => s.SaveAsync(It.IsAny<SubscriptionRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((SubscriptionRequest r, CancellationToken _) => new Subscription(1, r.GuildId, r.ChannelId, r.PostAt, r.TimeZoneId, r.Topic, r.Count, r.SkipEmptyDays, DateTimeOffset.UnixEpoch));
        var invocation = Invocation(("channel", "1100000000000000777"), ("time", "9:30"), ("timezone", "Europe/Berlin"), ("topic", " robotics "), ("count", 3L));

        var reply = await new SubscribeCommand(_store.Object).ExecuteAsync(invocation, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains("09:30 Europe/Berlin", reply.Content, StringComparison.Ordinal);
        _store.Verify(s => s.SaveAsync(new SubscriptionRequest("1100000000000000002", "1100000000000000777", new TimeOnly(9, 30), "Europe/Berlin", "robotics", 3, false), It.IsAny<CancellationToken>()));
    }

    [Theory]
    [InlineData("25:00", "Europe/Berlin", "HH:MM")]
    [InlineData("nine", "Europe/Berlin", "HH:MM")]
    [InlineData("09:00", "Berlin", "Unknown time zone")]
    public async Task Execute_BadInput_OneLineSayingWhatToWrite(string time, string zone, string expected)
    {
        var invocation = Invocation(("channel", "1100000000000000777"), ("time", time), ("timezone", zone));

        var reply = await new SubscribeCommand(_store.Object).ExecuteAsync(invocation, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Contains(expected, reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Content!);
    }

    [Fact]
    public async Task Execute_MemberWithoutManageChannels_Refused()
    {
        var interaction = Interactions.Interactions.Command("subscribe", ("channel", "1"), ("time", "09:00"), ("timezone", "UTC"));
        interaction = interaction with { Member = interaction.Member! with { Permissions = "2048" } };

        var reply = await new SubscribeCommand(_store.Object).ExecuteAsync(new CommandInvocation(interaction), CancellationToken.None);

        Assert.Contains("Manage Channels", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ManageChannelsHereButNotInTheTargetChannel_Refused()
    {
        var interaction = Interactions.Interactions.Command("subscribe", ("channel", "1100000000000000777"), ("time", "09:00"), ("timezone", "UTC"));
        var resolved = new PaperBot.Discord.Models.InteractionResolved
        {
            Channels = new Dictionary<string, PaperBot.Discord.Models.ResolvedChannel> { ["1100000000000000777"] = new() { Permissions = "1024" } },
        };
        interaction = interaction with { Data = interaction.Data! with { Resolved = resolved } };

        var reply = await new SubscribeCommand(_store.Object).ExecuteAsync(new CommandInvocation(interaction), CancellationToken.None);

        Assert.Contains("Manage Channels for that channel", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_TimeZone_OffersIanaNames()
    {
        var interaction = Interactions.Interactions.Autocomplete("subscribe", "timezone", "berl");

        var choices = await new SubscribeCommand(_store.Object).CompleteAsync(new CommandInvocation(interaction), CancellationToken.None);

        Assert.Contains(choices, c => c.Value == "Europe/Berlin");
    }

    private static CommandInvocation Invocation(params (string, object)[] options) =>
        new(Interactions.Interactions.Command("subscribe", options));
}
