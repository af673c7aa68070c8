using System.Text.Json;
using Moq;
using PaperBot.Core.Follows;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Commands;

public sealed class FollowCommandTests
{
    private const string Member = "1100000000000000004";
    private readonly Mock<IFollowStore> _store = new(MockBehavior.Strict);

    [Fact]
    public async Task Author_CorpusWithoutNames_FollowsAndSaysNothingCanMatchYet()
    {
        _store.Setup(s => s.AddAsync(Member, FollowKind.Author, "Jane Doe", DigestPeriod.Daily, It.IsAny<CancellationToken>())).ReturnsAsync(FollowOutcome.Followed);
        _store.Setup(s => s.AuthorCoverageAsync("Jane Doe", It.IsAny<CancellationToken>())).ReturnsAsync((0, 0));

        var reply = await new FollowCommand(_store.Object).ExecuteAsync(Sub("author", ("name", " Jane Doe "), ("period", "daily")), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("Following author \"Jane Doe\" (daily)", reply.Content, StringComparison.Ordinal);
        Assert.Contains("no author names", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topic_DefaultPeriodWeekly_TooManyRefusedInOneLine()
    {
        _store.Setup(s => s.AddAsync(Member, FollowKind.Topic, "diffusion", DigestPeriod.Weekly, It.IsAny<CancellationToken>())).ReturnsAsync(FollowOutcome.TooMany);

        var reply = await new FollowCommand(_store.Object).ExecuteAsync(Sub("topic", ("words", "diffusion")), CancellationToken.None);

        Assert.Equal("You follow 25 things already: /unfollow one first.", reply.Content);
    }

    [Fact]
    public async Task Topic_Blank_RefusedWithoutTouchingTheStore()
    {
        var reply = await new FollowCommand(_store.Object).ExecuteAsync(Sub("topic", ("words", "   ")), CancellationToken.None);

        Assert.Equal("Give a topic to follow.", reply.Content);
    }

    [Fact]
    public async Task List_Paused_SaysWhyAndHowToResume()
    {
        _store.Setup(s => s.ListAsync(Member, It.IsAny<CancellationToken>())).ReturnsAsync(
            [new Follow(1, Member, FollowKind.Author, "Jane Doe", DigestPeriod.Weekly, DateTimeOffset.UnixEpoch, FollowRules.DmsClosedReason)]);

        var reply = await new FollowCommand(_store.Object).ExecuteAsync(Sub("list"), CancellationToken.None);

        Assert.Contains("author \"Jane Doe\" (weekly) — paused: PaperBot can't DM you (open your DMs, then /follow resume)", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unfollow_SuggestsTheMembersFollowsAndRemovesThePickedOne()
    {
        _store.Setup(s => s.ListAsync(Member, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            new Follow(7, Member, FollowKind.Author, "José Martínez", DigestPeriod.Weekly, DateTimeOffset.UnixEpoch, null),
            new Follow(8, Member, FollowKind.Topic, "diffusion", DigestPeriod.Daily, DateTimeOffset.UnixEpoch, null),
        ]);
        _store.Setup(s => s.RemoveAsync(Member, 7, It.IsAny<CancellationToken>())).ReturnsAsync(true);
        var command = new UnfollowCommand(_store.Object);

        var choices = await command.CompleteAsync(new CommandInvocation(Interactions.Interactions.Autocomplete("unfollow", "follow", "jose")), CancellationToken.None);
        var reply = await command.ExecuteAsync(new CommandInvocation(Interactions.Interactions.Command("unfollow", ("follow", choices[0].Value))), CancellationToken.None);

        Assert.Equal("author \"José Martínez\" (weekly)", Assert.Single(choices).Name);
        Assert.Equal("Stopped following author \"José Martínez\" (weekly).", reply.Content);
        _store.Verify(s => s.RemoveAsync(Member, 7, It.IsAny<CancellationToken>()), Times.Once);
    }

    private static CommandInvocation Sub(string subcommand, params (string Name, string Value)[] options) =>
        new(Interactions.Interactions.Build(InteractionType.ApplicationCommand, new InteractionData
        {
            Name = "follow",
            Type = 1,
            Options =
            [
                new InteractionOption
                {
                    Name = subcommand,
                    Type = CommandOptionType.SubCommand,
                    Options = [.. options.Select(o => new InteractionOption { Name = o.Name, Type = CommandOptionType.String, Value = JsonSerializer.SerializeToElement(o.Value) })],
                },
            ],
        }));
}
