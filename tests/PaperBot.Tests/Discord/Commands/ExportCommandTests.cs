using System.Text;
using Moq;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Interactions;
using PaperBot.Tests.Discord.Interactions;

namespace PaperBot.Tests.Discord.Commands;

public sealed class ExportCommandTests
{
    private static readonly SavedPaper GPipe = new(
        new StoredPaper(7, new Paper { Title = "GPipe", Abstract = "Pipelines.", ArxivId = "1811.06965" }, []), ["systems"], null, DateTimeOffset.UnixEpoch);

    private readonly Mock<ILibraryStore> _library = new();

    public ExportCommandTests()
    {
        _library.Setup(l => l.ListAsync(It.IsAny<string>(), It.IsAny<string?>(), 0, It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([GPipe]);
        _library.Setup(l => l.ListAsync(It.IsAny<string>(), It.IsAny<string?>(), It.Is<int>(o => o > 0), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
    }

    [Fact]
    public async Task ExecuteAsync_Bibtex_PrivateReplyWithPapersBibOfTheInvokersLibrary()
    {
        var reply = await new ExportCommand(_library.Object).ExecuteAsync(new CommandInvocation(Interactions.Interactions.Command("export", ("format", "bibtex"), ("tag", "#Systems"))), CancellationToken.None);

        Assert.True(reply.Ephemeral);
        Assert.Equal("Your 1 paper tagged \"systems\" as papers.bib.", reply.Content);
        var file = Assert.Single(reply.Files);
        Assert.Equal("papers.bib", file.FileName);
        Assert.StartsWith("@misc{gpipe-1811.06965,", Encoding.UTF8.GetString(file.Content.Span), StringComparison.Ordinal);
        _library.Verify(l => l.ListAsync(It.IsAny<string>(), "systems", 0, It.IsAny<int>(), It.IsAny<CancellationToken>()));
    }

    [Fact]
    public async Task ExecuteAsync_OverTheInteractionsSizeLimit_OneLineWithoutFile()
    {
        var interaction = Interactions.Interactions.Command("export", ("format", "ris")) with { AttachmentSizeLimit = 10 };

        var reply = await new ExportCommand(_library.Object).ExecuteAsync(new CommandInvocation(interaction), CancellationToken.None);

        Assert.Empty(reply.Files);
        Assert.Contains("export one tag at a time", reply.Content, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', reply.Content!);
    }

    [Fact]
    public async Task ExecuteAsync_TagTooLong_RuleMessageAndNoRead()
    {
        var reply = await new ExportCommand(_library.Object).ExecuteAsync(
            new CommandInvocation(Interactions.Interactions.Command("export", ("format", "markdown"), ("tag", new string('t', 500)))), CancellationToken.None);

        Assert.StartsWith("A tag is 500 characters long", reply.Content, StringComparison.Ordinal);
        _library.Verify(l => l.ListAsync(It.IsAny<string>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<int>(), It.IsAny<CancellationToken>()), Times.Never);
    }
}
