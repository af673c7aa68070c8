using Moq;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Library;

namespace PaperBot.Tests.Discord.Library;

public sealed class LibraryCommandTests
{
    private static readonly string[] Tags = ["rl", "to-read"];
    private readonly Mock<IPaperStore> _store = new();
    private readonly Mock<ILibraryStore> _library = new();
    private readonly Mock<IMeaningSimilarity> _meaning = new();

    public LibraryCommandTests()
    {
        _store.Setup(s => s.FindAsync("#7", It.IsAny<CancellationToken>())).ReturnsAsync(LibraryFixtures.Paper(7, "GPipe"));
        _meaning.Setup(m => m.ToPapersAsync(It.IsAny<string>(), It.IsAny<IReadOnlyCollection<long>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<long, double>());
    }

    [Fact]
    public async Task Save_TagOf500Characters_OneLineSayingWhatToDoAndNothingSaved()
    {
        var reply = await Save().ExecuteAsync(LibraryFixtures.Sub("save", "unused"), CancellationToken.None);
        Assert.Contains("No paper matches", reply.Content, StringComparison.Ordinal);

        var invocation = new PaperBot.Discord.Interactions.CommandInvocation(PaperBot.Tests.Discord.Interactions.Interactions.Command("save", ("paper", "#7"), ("tags", new string('x', 500))));
        reply = await Save().ExecuteAsync(invocation, CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal("A tag is 500 characters long: keep each tag to 40 or fewer.", reply.Content);
        _library.Verify(l => l.SaveAsync(It.IsAny<string>(), It.IsAny<long>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Show_Query_WithoutMeaningFallsBackToWords()
    {
        _library.Setup(l => l.CountAsync(LibraryFixtures.Ada, null, It.IsAny<CancellationToken>())).ReturnsAsync(3);
        _library.Setup(l => l.ListAsync(LibraryFixtures.Ada, null, 0, 3, It.IsAny<CancellationToken>())).ReturnsAsync(
        [
            LibraryFixtures.Saved(1, "Diffusion models beat GANs"),
            LibraryFixtures.Saved(2, "GPipe: pipeline parallelism"),
            LibraryFixtures.Saved(3, "Something else", note: "compare with pipeline schedules"),
        ]);

        var reply = await Command().ExecuteAsync(LibraryFixtures.Sub("library", "show", ("query", "pipeline")), CancellationToken.None);

        var description = reply.Embeds![0].Description!;
        Assert.Contains("GPipe", description, StringComparison.Ordinal);
        Assert.Contains("Something else", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Diffusion", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_Query_RankedByMeaningWhenKnown()
    {
        _library.Setup(l => l.CountAsync(LibraryFixtures.Ada, null, It.IsAny<CancellationToken>())).ReturnsAsync(2);
        _library.Setup(l => l.ListAsync(LibraryFixtures.Ada, null, 0, 2, It.IsAny<CancellationToken>())).ReturnsAsync(
            [LibraryFixtures.Saved(1, "First saved"), LibraryFixtures.Saved(2, "Second saved")]);
        _meaning.Setup(m => m.ToPapersAsync("splitting a model", It.IsAny<IReadOnlyCollection<long>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<long, double> { [1] = 0.1, [2] = 0.9 });

        var reply = await Command().ExecuteAsync(LibraryFixtures.Sub("library", "show", ("query", "splitting a model")), CancellationToken.None);

        Assert.StartsWith("**1.** [Second saved]", reply.Embeds![0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_NotSaved_OneLine()
    {
        var reply = await Command().ExecuteAsync(LibraryFixtures.Sub("library", "remove", ("paper", "#7")), CancellationToken.None);

        Assert.Equal("“GPipe” is not in your library. Save it with `/save`.", reply.Content);
    }

    [Fact]
    public async Task Note_Dash_ClearsTheNote()
    {
        _library.Setup(l => l.UpdateAsync(LibraryFixtures.Ada, 7, null, "", It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var reply = await Command().ExecuteAsync(LibraryFixtures.Sub("library", "note", ("paper", "#7"), ("note", "-")), CancellationToken.None);

        Assert.Equal("Removed the note on “GPipe”.", reply.Content);
    }

    [Fact]
    public async Task Tag_ReplacesTheTagsNormalized()
    {
        _library.Setup(l => l.UpdateAsync(LibraryFixtures.Ada, 7, It.Is<IReadOnlyList<string>>(t => t.SequenceEqual(Tags)), null, It.IsAny<CancellationToken>())).ReturnsAsync(true);

        var reply = await Command().ExecuteAsync(LibraryFixtures.Sub("library", "tag", ("paper", "#7"), ("tags", "#RL, to-read")), CancellationToken.None);

        Assert.Equal("“GPipe” is tagged `#rl` `#to-read` now.", reply.Content);
    }

    [Fact]
    public async Task Complete_PaperInsideASubCommand_SuggestsTitles()
    {
        var search = new Mock<IPaperSearch>();
        search.Setup(s => s.CompleteTitleAsync("gpi", It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([new TitlePrefixMatch(7, "GPipe")]);
        var invocation = new PaperBot.Discord.Interactions.CommandInvocation(PaperBot.Tests.Discord.Interactions.Interactions.Build(
            PaperBot.Discord.Models.InteractionType.ApplicationCommandAutocomplete,
            new PaperBot.Discord.Models.InteractionData
            {
                Name = "library",
                Options = [new PaperBot.Discord.Models.InteractionOption
                {
                    Name = "remove",
                    Type = PaperBot.Discord.Models.CommandOptionType.SubCommand,
                    Options = [new PaperBot.Discord.Models.InteractionOption { Name = "paper", Type = PaperBot.Discord.Models.CommandOptionType.String, Value = System.Text.Json.JsonSerializer.SerializeToElement("gpi"), Focused = true }],
                }],
            }));
        var command = new LibraryCommand(_store.Object, _library.Object, new PaperChoices(search.Object), new MemberLibrary(_library.Object, _meaning.Object));

        var choices = await command.CompleteAsync(invocation, CancellationToken.None);

        Assert.Equal("remove", invocation.Subcommand);
        Assert.Equal(("GPipe", "#7"), (Assert.Single(choices).Name, choices[0].Value));
    }

    private SaveCommand Save() => new(_store.Object, new PaperChoices(Mock.Of<IPaperSearch>()), new MemberLibrary(_library.Object, _meaning.Object));

    private LibraryCommand Command() =>
        new(_store.Object, _library.Object, new PaperChoices(Mock.Of<IPaperSearch>()), new MemberLibrary(_library.Object, _meaning.Object));
}
