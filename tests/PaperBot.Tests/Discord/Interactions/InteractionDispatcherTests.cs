using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.AI.Offline;
using PaperBot.Core.Summaries;
using PaperBot.Discord;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.Discord.Votes;

namespace PaperBot.Tests.Discord.Interactions;

public sealed class InteractionDispatcherTests
{
    private readonly Mock<IDiscordRest> _rest = new();
    private readonly Mock<IPaperSearch> _search = new();
    private readonly List<InteractionResponse> _callbacks = [];

    public InteractionDispatcherTests()
    {
        _rest.Setup(r => r.CreateInteractionResponseAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, InteractionResponse r, CancellationToken _) => { lock (_callbacks) { _callbacks.Add(r); } })
            .Returns(Task.CompletedTask);
        _rest.Setup(r => r.CreateInteractionResponseWithMessageAsync(It.IsAny<Snowflake>(), It.IsAny<string>(), It.IsAny<InteractionResponse>(), It.IsAny<CancellationToken>()))
            .Callback((Snowflake _, string _, InteractionResponse r, CancellationToken _) => { lock (_callbacks) { _callbacks.Add(r); } })
            .ReturnsAsync(new Message { Id = new Snowflake(900), ChannelId = new Snowflake(800) });
    }

    [Fact]
    public async Task Handle_SearchInTheChannel_RecordsTheReplyAsAPaperMessage()
    {
        _search.Setup(s => s.SearchAsync("diffusion", It.IsAny<int>(), It.IsAny<SearchFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PaperHit(3, "Diffusion Models", "2401.00001", null, 3, 1, "snippet"), new PaperHit(8, "More Diffusion", null, null, 2, 1, "s")]);
        var votes = new Mock<IPaperVotes>();

        await Dispatcher(votes: votes.Object).HandleAsync(Interactions.Command("search", ("query", "diffusion")), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        votes.Verify(v => v.RecordMessageAsync("800", "900", new long[] { 3, 8 }, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Handle_NothingFound_NothingRecorded()
    {
        _search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<SearchFilter>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var votes = new Mock<IPaperVotes>();

        await Dispatcher(votes: votes.Object).HandleAsync(Interactions.Command("search", ("query", "nothing")), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        Assert.Single(_callbacks);
        votes.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Handle_SameInteractionTwice_AnsweredOnce()
    {
        _search.Setup(s => s.SearchAsync("diffusion", It.IsAny<int>(), It.IsAny<SearchFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PaperHit(1, "Diffusion Models", "2401.00001", null, 3, 1, "snippet")]);
        var interaction = Interactions.Command("search", ("query", "diffusion"));
        var dispatcher = Dispatcher();

        await Task.WhenAll(
            dispatcher.HandleAsync(interaction, TimeProvider.System.GetTimestamp(), CancellationToken.None),
            dispatcher.HandleAsync(interaction, TimeProvider.System.GetTimestamp(), CancellationToken.None));

        var answer = Assert.Single(_callbacks);
        Assert.Contains("Diffusion Models", answer.Data!.Embeds![0].Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_PaperAutocomplete_OffersTitlesWithIdsAsValues()
    {
        var titles = Enumerable.Range(1, 40).Select(i => new TitlePrefixMatch(i, $"Attention {i} " + new string('x', 150))).ToList();
        _search.Setup(s => s.CompleteTitleAsync("atten", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync(titles);

        await Dispatcher().HandleAsync(Interactions.Autocomplete("paper", "paper", "atten"), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        var answer = Assert.Single(_callbacks);
        Assert.Equal(InteractionCallbackType.ApplicationCommandAutocompleteResult, answer.Type);
        Assert.Equal(25, answer.Data!.Choices!.Count);
        Assert.All(answer.Data.Choices, c => Assert.True(c.Name.Length <= 100));
        Assert.Equal("#1", answer.Data.Choices[0].Value);
        Assert.Null(answer.Data.AllowedMentions);
    }

    [Fact]
    public async Task Handle_UnknownCommand_PrivateNote()
    {
        await Dispatcher().HandleAsync(Interactions.Command("teleport"), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        var answer = Assert.Single(_callbacks);
        Assert.Equal(MessageFlags.Ephemeral, answer.Data!.Flags);
    }

    [Fact]
    public async Task Handle_MoreResultsButton_ShowsTheNextPage()
    {
        var hits = Enumerable.Range(1, 12).Select(i => new PaperHit(i, $"Paper {i}", null, null, null, 1, "s")).ToList();
        _search.Setup(s => s.SearchAsync("rl", It.IsAny<int>(), It.IsAny<SearchFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, int top, SearchFilter _, CancellationToken _) => hits.Take(top).ToList());

        await Dispatcher().HandleAsync(Interactions.Button("more:5:rl"), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        var embeds = Assert.Single(_callbacks).Data!.Embeds!;
        Assert.Equal(["6. Paper 6", "7. Paper 7", "8. Paper 8", "9. Paper 9", "10. Paper 10"], embeds.Select(e => e.Title));
    }

    [Fact]
    public async Task Handle_SearchThenMoreResults_RecordsEachPageShownUnderTheChannelsConversation()
    {
        var hits = Enumerable.Range(1, 12).Select(i => new PaperHit(i, $"Paper {i}", null, null, null, 1, "s")).ToList();
        _search.Setup(s => s.SearchAsync("rl", It.IsAny<int>(), It.IsAny<SearchFilter>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string _, int top, SearchFilter _, CancellationToken _) => hits.Take(top).ToList());
        var conversations = new Mock<IConversationStore>();
        var shown = new List<(string Conversation, IReadOnlyList<long> Ids)>();
        conversations.Setup(c => c.SetShownAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<long>>(), It.IsAny<CancellationToken>()))
            .Callback((string id, IReadOnlyList<long> ids, CancellationToken _) => shown.Add((id, ids)))
            .Returns(Task.CompletedTask);
        var dispatcher = Dispatcher(conversations.Object);

        await dispatcher.HandleAsync(Interactions.Command("search", ("query", "rl")), TimeProvider.System.GetTimestamp(), CancellationToken.None);
        await dispatcher.HandleAsync(Interactions.Button("more:5:rl"), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        var channel = new CommandInvocation(Interactions.Command("search")).ConversationId;
        Assert.Equal(
            [(channel, "1,2,3,4,5"), (channel, "6,7,8,9,10")],
            shown.Select(s => (s.Conversation, string.Join(',', s.Ids))));
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public async Task Handle_PrivateReplyShowingPapers_RecordedAsShownOnlyInADm(bool inDm, int recorded)
    {
        var mine = new Mock<ISlashCommand>();
        mine.Setup(c => c.Definition).Returns(new CommandDefinition { Name = "foryou", Description = "d" });
        mine.Setup(c => c.IsPrivate).Returns(true);
        mine.Setup(c => c.ExecuteAsync(It.IsAny<CommandInvocation>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(PaperBot.Discord.Formatting.Reply.Private("your picks") with { ShownPaperIds = [7, 8] });
        var conversations = new Mock<IConversationStore>();
        var interaction = Interactions.Command("foryou");

        await Dispatcher(conversations.Object, extra: mine.Object)
            .HandleAsync(inDm ? interaction with { GuildId = null } : interaction, TimeProvider.System.GetTimestamp(), CancellationToken.None);

        conversations.Verify(c => c.SetShownAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<long>>(), It.IsAny<CancellationToken>()), Times.Exactly(recorded));
    }

    [Fact]
    public async Task Handle_CardButton_RepliesWithThePapersCard()
    {
        var store = new Mock<IPaperStore>();
        var paper = new StoredPaper(7, new Paper
        {
            Title = "FooNet",
            ArxivId = "2401.00007",
            Abstract = "We propose FooNet, a sparse attention layer. FooNet achieves a 3.1x speedup on long documents.",
        }, []);
        store.Setup(s => s.GetAsync(7, It.IsAny<CancellationToken>())).ReturnsAsync(paper);

        await Dispatcher(store: store.Object, summarizer: new ExtractiveSummarizer(store.Object))
            .HandleAsync(Interactions.Button("card:7"), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        var answer = Assert.Single(_callbacks).Data!;
        var card = Assert.Single(answer.Embeds!);
        Assert.Equal("Paper card: FooNet", card.Title);
        Assert.Equal("https://arxiv.org/abs/2401.00007", card.Url);
        Assert.Contains("\nResults: FooNet achieves a 3.1x speedup on long documents.\nLimitations: the abstract states none.", card.Description, StringComparison.Ordinal);
        Assert.Null(answer.Flags);
    }

    [Fact]
    public async Task Handle_CommandInADm_RecordsTheDmAsTheMembersAndAServerChannelNot()
    {
        var channels = new Mock<PaperBot.Core.Library.IMemberChannels>();
        var dm = Interactions.Command("search", ("query", "rl")) with { GuildId = null };

        await Dispatcher(memberChannels: channels.Object).HandleAsync(dm, TimeProvider.System.GetTimestamp(), CancellationToken.None);
        await Dispatcher(memberChannels: channels.Object).HandleAsync(Interactions.Command("search", ("query", "rl")), TimeProvider.System.GetTimestamp(), CancellationToken.None);

        channels.Verify(c => c.RecordDirectAsync(dm.Invoker!.Id.ToString(), dm.ChannelId!.Value.ToString(), It.IsAny<CancellationToken>()), Times.Once);
        channels.VerifyNoOtherCalls();
    }

    private InteractionDispatcher Dispatcher(IConversationStore? conversations = null, IPaperStore? store = null, ISummarizer? summarizer = null, IPaperVotes? votes = null,
        PaperBot.Core.Library.IMemberChannels? memberChannels = null, ISlashCommand? extra = null)
    {
        var options = Options.Create(new DiscordOptions());
        store ??= Mock.Of<IPaperStore>();
        var choices = new PaperChoices(_search.Object);
        ISlashCommand[] commands = [new SearchCommand(_search.Object, new SearchFilterChoices(store, TimeProvider.System)), new PaperCommand(store, choices), .. extra is null ? Array.Empty<ISlashCommand>() : [extra]];
        var buttons = new ButtonHandler(store, _search.Object, summarizer ?? Mock.Of<ISummarizer>(), Mock.Of<ISimilarPapers>());
        var responder = new InteractionResponder(_rest.Object, options, TimeProvider.System, NullLogger<InteractionResponder>.Instance);
        return new InteractionDispatcher(commands, buttons, responder, new WorkGate(options), NullLogger<InteractionDispatcher>.Instance, conversations,
            new PaperMessageLog(votes ?? Mock.Of<IPaperVotes>(), NullLogger<PaperMessageLog>.Instance), memberChannels);
    }
}
