using System.Text.RegularExpressions;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Library;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Commands;

/// <summary>Every command definition is one Discord would accept (4.2-4.4 of the protocol notes).</summary>
public sealed partial class CommandCatalogTests
{
    internal static IReadOnlyList<ISlashCommand> All()
    {
        var search = Mock.Of<IPaperSearch>();
        var store = Mock.Of<IPaperStore>();
        var choices = new PaperChoices(search);
        var subscriptions = Mock.Of<ISubscriptionStore>();
        var library = Mock.Of<ILibraryStore>();
        var memberLibrary = new MemberLibrary(library, Mock.Of<IMeaningSimilarity>());
        return
        [
            new SearchCommand(search, new SearchFilterChoices(store, TimeProvider.System)), new PaperCommand(store, choices), new SummarizeCommand(store, Mock.Of<ISummarizer>(), choices),
            new SimilarCommand(store, Mock.Of<ISimilarPapers>(), choices), new AskCommand(Mock.Of<IAssistant>()),
            new HighlightsCommand(Mock.Of<IHighlightBuilder>(), store, TimeProvider.System), new HelpCommand(),
            new SubscribeCommand(subscriptions), new UnsubscribeCommand(subscriptions), new SubscriptionsCommand(subscriptions),
            new TopCommand(Mock.Of<IPaperVotes>(), store, TimeProvider.System),
            new TrendsCommand(Mock.Of<PaperBot.Core.Trends.ITopicTrends>(), Mock.Of<PaperBot.Core.Trends.ITrendChart>()),
            new SaveCommand(store, choices, memberLibrary), new LibraryCommand(store, library, choices, memberLibrary),
            new ReadingListCommand(store, Mock.Of<IReadingListStore>(), choices), new ForgetMeCommand(),
            new FollowCommand(Mock.Of<IFollowStore>()), new UnfollowCommand(Mock.Of<IFollowStore>()),
            new ForYouCommand(new ForYouRanker(Mock.Of<ILibraryStore>(), Mock.Of<ILibraryNeighbours>(), Mock.Of<ISimilarPapers>(), store)),
            new ExportCommand(Mock.Of<PaperBot.Core.Library.ILibraryStore>()),
        ];
    }

    [Fact]
    public void Definitions_NamesAndDescriptions_FollowDiscordsRules()
    {
        var commands = All().Select(c => c.Definition).ToList();

        Assert.Equal(["ask", "export", "follow", "forget-me", "foryou", "help", "highlights", "library", "paper", "readinglist", "save", "search", "similar", "subscribe", "subscriptions", "summarize", "top", "trends", "unfollow", "unsubscribe"], commands.Select(c => c.Name).Order(StringComparer.Ordinal));
        foreach (var command in commands)
        {
            AssertName(command.Name);
            Assert.InRange(command.Description.Length, 1, 100);
            var options = command.Options ?? [];
            Assert.True(options.Count <= 25);
            // A command with sub-commands has no options of its own: each sub-command's options follow the same rules.
            Assert.True(options.All(o => o.Type == CommandOptionType.SubCommand) || options.All(o => o.Type != CommandOptionType.SubCommand));
            foreach (var sub in options.Where(o => o.Type == CommandOptionType.SubCommand))
            {
                var subOptions = sub.Options ?? [];
                Assert.True(subOptions.SkipWhile(o => o.Required == true).All(o => o.Required != true), $"/{command.Name} {sub.Name}: required options must precede optional ones");
                Assert.All(subOptions, o => { AssertName(o.Name); Assert.InRange(o.Description.Length, 1, 100); });
            }

            Assert.Equal(options.Count, options.Select(o => o.Name).Distinct().Count());
            // Required options come first.
            Assert.True(options.SkipWhile(o => o.Required == true).All(o => o.Required != true), $"/{command.Name}: required options must precede optional ones");
            foreach (var option in options)
            {
                AssertName(option.Name);
                Assert.InRange(option.Description.Length, 1, 100);
                Assert.False(option.Autocomplete == true && option.Choices is not null, "autocomplete and choices exclude each other");
                Assert.All(option.Choices ?? [], c => Assert.True(c.Name.Length is >= 1 and <= 100 && c.Value.Length <= 100));
            }

            var text = command.Name.Length + command.Description.Length + options.Sum(o => o.Name.Length + o.Description.Length + (o.Choices ?? []).Sum(c => c.Name.Length + c.Value.Length));
            Assert.True(text <= 8000);
        }
    }

    [Fact]
    public void Definitions_AdminCommands_NeedManageChannelsAndAServer()
    {
        foreach (var command in All().Select(c => c.Definition).Where(c => c.Name is "subscribe" or "unsubscribe" or "subscriptions"))
        {
            Assert.Equal("16", command.DefaultMemberPermissions);
            Assert.Equal([0], command.Contexts!);
        }

        Assert.All(All().Select(c => c.Definition).Where(c => c.Name is "search" or "ask"), c => Assert.Null(c.DefaultMemberPermissions));
    }

    private static void AssertName(string name)
    {
        Assert.Matches(NamePattern(), name);
        Assert.Equal(name.ToLowerInvariant(), name);
    }

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
