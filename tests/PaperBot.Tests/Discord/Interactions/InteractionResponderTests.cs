using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PaperBot.Discord;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.Testing;

namespace PaperBot.Tests.Discord.Interactions;

public sealed class InteractionResponderTests
{
    private readonly Mock<IDiscordRest> _rest = new(MockBehavior.Strict);
    private readonly WaitableTimeProvider _time = new();
    private readonly ConcurrentQueue<InteractionResponse> _callbacks = new();
    private readonly ConcurrentQueue<MessagePayload> _edits = new();
    private readonly ConcurrentQueue<MessagePayload> _followups = new();

    public InteractionResponderTests()
    {
        _rest.Setup(r => r.CreateInteractionResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, InteractionResponse r, CancellationToken _) => _callbacks.Enqueue(r))
            .Returns(Task.CompletedTask);
        _rest.Setup(r => r.CreateInteractionResponseWithMessageAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, InteractionResponse r, CancellationToken _) => _callbacks.Enqueue(r))
            .ReturnsAsync(new Message { Id = new Snowflake(501) });
        _rest.Setup(r => r.EditOriginalResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, MessagePayload p, CancellationToken _) => _edits.Enqueue(p))
            .ReturnsAsync(new Message { Id = new Snowflake(502) });
        _rest.Setup(r => r.CreateFollowupAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<MessagePayload>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, MessagePayload p, CancellationToken _) => _followups.Enqueue(p))
            .ReturnsAsync(new Message { Id = new Snowflake(503) });
    }

    [Fact]
    public async Task AnswerAsync_PaperReplyInTime_ReturnsTheMessageDiscordCreated()
    {
        var reply = new Reply("papers") { ShownPaperIds = [4, 5] };

        var sent = await Responder().AnswerAsync(Interactions.Command("search"), _time.GetTimestamp(), false, _ => Task.FromResult(reply), CancellationToken.None);

        Assert.Equal(new Snowflake(501), Assert.Single(sent!.PaperMessages).Id);
        Assert.Same(reply, sent.Reply);
        _rest.Verify(r => r.CreateInteractionResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnswerAsync_PrivateOrPaperless_NoPaperMessages(bool ephemeralWithPapers)
    {
        var reply = ephemeralWithPapers ? new Reply("yours only", Ephemeral: true) { ShownPaperIds = [4] } : new Reply("no papers");

        var sent = await Responder().AnswerAsync(Interactions.Command("search"), _time.GetTimestamp(), false, _ => Task.FromResult(reply), CancellationToken.None);

        Assert.Empty(sent!.PaperMessages);
        Assert.Single(_callbacks);
        _rest.Verify(r => r.CreateInteractionResponseWithMessageAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 0)]
    public async Task AnswerAsync_DeferredLongPaperReply_EditAndFollowUpsUnlessPrivate(bool deferPrivately, int expected)
    {
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var reply = new Reply(string.Join("\n\n", Enumerable.Repeat(new string('a', 1500), 2))) { ShownPaperIds = [4] };

        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, deferPrivately, _ => work.Task, CancellationToken.None);
        await Eventually.UntilAsync(() => _callbacks.Count == 1, "the deferral");
        work.SetResult(reply);
        var sent = await answering;

        Assert.Equal(expected, sent!.PaperMessages.Count);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_callbacks).Type);
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

        // Just before the deferral time nothing is sent; at it, the deferral goes out (well before Discord's 3 s).
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(1499));
        Assert.Empty(_callbacks);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.UntilAsync(() => !_callbacks.IsEmpty, "the deferral");

        work.SetResult(new Reply("the answer"));
        await answering;

        var deferral = Assert.Single(_callbacks);
        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, deferral.Type);
        Assert.Equal(MessageFlags.Ephemeral, deferral.Data!.Flags);
        Assert.Equal("the answer", Assert.Single(_edits).Content);
        Assert.Null(_edits.First().Flags);
    }

    [Fact]
    public async Task AnswerAsync_QueuedPastTheDeferTime_DefersAtOnce()
    {
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, false, _ => work.Task, CancellationToken.None);
        await Eventually.UntilAsync(() => _callbacks.Count == 1, "the deferral");
        work.SetResult(new Reply("late but fine"));
        await answering;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, _callbacks.First().Type);
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
            .Returns(() => Interlocked.Increment(ref calls) == 1
                ? Task.FromException(new DiscordApiException(System.Net.HttpStatusCode.BadRequest, DiscordErrorCodes.AlreadyAcknowledged, "already"))
                : Task.CompletedTask);
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, false, _ => work.Task, CancellationToken.None);
        await Eventually.UntilAsync(() => Volatile.Read(ref calls) == 1, "the deferral");
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
                _edits.Enqueue(p);
                return ++edits == 1
                    ? Task.FromException<Message>(new DiscordApiException(System.Net.HttpStatusCode.BadRequest, DiscordErrorCodes.InvalidFormBody, "Invalid Form Body"))
                    : Task.FromResult(new Message());
            });
        var received = _time.GetTimestamp();
        _time.Advance(TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<Reply>();

        var answering = Responder().AnswerAsync(Interactions.Command("ask"), received, false, _ => work.Task, CancellationToken.None);
        await Eventually.UntilAsync(() => _callbacks.Count == 1, "the deferral");
        work.SetResult(new Reply(string.Join("\n\n", Enumerable.Repeat(new string('a', 1500), 3))));
        await answering;

        Assert.Equal(2, _edits.Count);
        Assert.Contains("went wrong", _edits.ElementAt(1).Content, StringComparison.Ordinal);
        Assert.Empty(_followups);
    }

    [Fact]
    public async Task AnswerAsync_SlowExportWithFile_DeferredThenTheEditCarriesTheFile()
    {
        var work = new TaskCompletionSource<Reply>();
        var file = new MessageFile("papers.bib", "application/x-bibtex", "@misc{a,}"u8.ToArray());
        var answering = Responder().AnswerAsync(Interactions.Command("export"), _time.GetTimestamp(), true, _ => work.Task, CancellationToken.None);
        await _time.AdvanceWhenWaitingAsync(TimeSpan.FromMilliseconds(1500));
        await Eventually.UntilAsync(() => !_callbacks.IsEmpty, "the deferral");

        work.SetResult(Reply.Private("Your 1 paper as papers.bib.") with { Files = [file] });
        await answering;

        Assert.Equal(InteractionCallbackType.DeferredChannelMessageWithSource, Assert.Single(_callbacks).Type);
        Assert.Equal("papers.bib", Assert.Single(Assert.Single(_edits).Files).FileName);
        Assert.Empty(_followups);
    }

    [Fact]
    public async Task AnswerAsync_FastExportWithFile_TheAnswerCarriesTheFile()
    {
        var file = new MessageFile("papers.md", "text/markdown", "# x"u8.ToArray());

        await Responder().AnswerAsync(Interactions.Command("export"), _time.GetTimestamp(), true, _ => Task.FromResult(Reply.Private("here") with { Files = [file] }), CancellationToken.None);

        Assert.Equal("papers.md", Assert.Single(Assert.Single(_callbacks).Data!.Files).FileName);
    }

    private InteractionResponder Responder() =>
        new(_rest.Object, Options.Create(new DiscordOptions { DeferAfterMilliseconds = 1500 }), _time, NullLogger<InteractionResponder>.Instance);
}
