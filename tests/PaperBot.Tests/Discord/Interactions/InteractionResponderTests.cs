using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PaperBot.Discord;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Interactions;

public sealed class InteractionResponderTests
{
    private readonly Mock<IDiscordRest> _rest = new(MockBehavior.Strict);
    private readonly FakeTimeProvider _time = new();
    private readonly List<InteractionResponse> _callbacks = [];
    private readonly List<MessagePayload> _edits = [];
    private readonly List<MessagePayload> _followups = [];

    public InteractionResponderTests()
    {
        _rest.Setup(r => r.CreateInteractionResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, InteractionResponse r, CancellationToken _) => _callbacks.Add(r))
            .Returns(Task.CompletedTask);
        _rest.Setup(r => r.EditOriginalResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, MessagePayload p, CancellationToken _) => _edits.Add(p))
            .ReturnsAsync(new Message());
        _rest.Setup(r => r.CreateFollowupAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, MessagePayload p, CancellationToken _) => _followups.Add(p))
            .ReturnsAsync(new Message());
    }

    [Fact]
    public async Task AnswerAsync_FastWork_AnswersOnceWithTheMessage()
    {
        await Responder().AnswerAsync(Interactions.Command("search"), _time.GetTimestamp(), false, _ => Task.FromResult(new Reply("found it")), CancellationToken.None);

        var callback = Assert.Single(_callbacks);
        Assert.Equal(InteractionCallbackType.ChannelMessageWithSource, callback.Type);
        Assert.Equal("found it", callback.Data!.Content);
        Assert.NotNull(callback.Data.AllowedMentions);
        Assert.Empty(callback.Data.AllowedMentions!.Parse);
        Assert.Empty(_edits);
    }

    [Fact]
    public async Task AnswerAsync_SlowWork_DefersBeforeTheDeadlineThenEditsTheAnswer()
    {
        var work = new TaskCompletionSource<Reply>();
        var answering = Responder().AnswerAsync(Interactions.Command("ask"), _time.GetTimestamp(), true, _ => work.Task, CancellationToken.None);

        var start = _time.GetTimestamp();
        while (_callbacks.Count == 0)
        {
            // Fake time moves in small steps; the deferral must come after 1.5 s and well before Discord's 3 s.
            Assert.True(_time.GetElapsedTime(start) < TimeSpan.FromSeconds(3), "no deferral within 3 s");
            _time.Advance(TimeSpan.FromMilliseconds(50));
            await Task.Delay(5);
        }

        Assert.InRange(_time.GetElapsedTime(start), TimeSpan.FromMilliseconds(1500), TimeSpan.FromMilliseconds(1700));
        work.SetResult(new Reply("the answer"));
        await answering;

        var deferral = Assert.Single(_callbacks);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Type);
        Assert.Equal(MessageFlags.Ephemeral, deferral.Data!.Flags);
        Assert.Equal("the answer", Assert.Single(_edits).Content);
        Assert.Null(_edits[0].Flags);
    }

    [Fact]
    public async Task AnswerAsync_QueuedPastTheDeferTime_DefersAtOnce()
    {
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, false, _ => work.Task, CancellationToken.None);
        await WaitUntil(() => _callbacks.Count == 1);
        work.SetResult(new Reply("late but fine"));
        await answering;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, _callbacks[0].Type);
        Assert.Single(_edits);
    }

    [Fact]
    public async Task AnswerAsync_WorkThrows_FriendlyPrivateLine()
    {
        await Responder().AnswerAsync(Interactions.Command("search"), _time.GetTimestamp(), false, _ => throw new InvalidOperationException("secret detail"), CancellationToken.None);

        var callback = Assert.Single(_callbacks);
        Assert.Equal(MessageFlags.Ephemeral, callback.Data!.Flags);
        Assert.DoesNotContain("secret detail", callback.Data.Content, StringComparison.Ordinal);
        Assert.Contains("went wrong", callback.Data.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_LongReply_FirstPartAnswersTheRestFollowsUp()
    {
        var text = string.Join("\n\n", Enumerable.Repeat(new string('a', 1500), 3));

        await Responder().AnswerAsync(Interactions.Command("ask"), _time.GetTimestamp(), false, _ => Task.FromResult(new Reply(text)), CancellationToken.None);

        Assert.Single(_callbacks);
        Assert.Equal(2, _followups.Count);
        Assert.All(_followups, p => Assert.Empty(p.AllowedMentions.Parse));
    }

    [Fact]
    public async Task AnswerAsync_InteractionExpired_SendsNothingMore()
    {
        _rest.Setup(r => r.CreateInteractionResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordApiException(System.Net.HttpStatusCode.NotFound, DiscordErrorCodes.UnknownInteraction, "Unknown interaction"));
        var text = string.Join("\n\n", Enumerable.Repeat(new string('a', 1500), 3));

        await Responder().AnswerAsync(Interactions.Command("ask"), _time.GetTimestamp(), false, _ => Task.FromResult(new Reply(text)), CancellationToken.None);

        Assert.Empty(_followups);
        Assert.Empty(_edits);
    }

    [Fact]
    public async Task AnswerAsync_AlreadyAcknowledgedAfterDeferral_StillEditsTheAnswer()
    {
        var calls = 0;
        _rest.Setup(r => r.CreateInteractionResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++calls == 1
                ? Task.FromException(new DiscordApiException(System.Net.HttpStatusCode.BadRequest, DiscordErrorCodes.AlreadyAcknowledged, "already"))
                : Task.CompletedTask);
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, false, _ => work.Task, CancellationToken.None);
        await WaitUntil(() => calls == 1);
        work.SetResult(new Reply("done"));
        await answering;

        Assert.Equal("done", Assert.Single(_edits).Content);
    }

    [Fact]
    public async Task AnswerAsync_EditRefusedAfterDeferral_MemberStillGetsALine()
    {
        var edits = 0;
        _rest.Setup(r => r.EditOriginalResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Returns((Snowflake _, string _, MessagePayload p, CancellationToken _) =>
            {
                _edits.Add(p);
                return ++edits == 1
                    ? Task.FromException<Message>(new DiscordApiException(System.Net.HttpStatusCode.BadRequest, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body"))
                    : Task.FromResult(new Message());
            });
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, false, _ => work.Task, CancellationToken.None);
        await WaitUntil(() => _callbacks.Count == 1);
        work.SetResult(new Reply(string.Join("\n\n", Enumerable.Repeat(new string('a', 1500), 3))));
        await answering;

        Assert.Equal(2, _edits.Count);
        Assert.Contains("went wrong", _edits[1].Content, StringComparison.Ordinal);
        Assert.Empty(_followups);
    }

    private InteractionResponder Responder() =>
        new(_rest.Object, Options.Create(new DiscordOptions { DeferAfterMilliseconds = 1500 }), _time, NullLogger<InteractionResponder>.Instance);

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out waiting for the responder");
            await Task.Delay(5);
        }

        // Give the responder a moment to reach its next await.
        await Task.Delay(20);
    }
}
