using PaperBot.AI.Chat;
using PaperBot.Core.Chat;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.AI.Chat;

/// <summary>The model gets a follow-up's papers named, resolved from what the member saw last.</summary>
public sealed class ShownPapersNoteTests : IDisposable
{
    private readonly TestStore _store = new();

    public ShownPapersNoteTests() => _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None).GetAwaiter().GetResult();

    [Theory]
    [InlineData("what speedup does it report?", 0)]
    [InlineData("summarize the second one", 1)]
    public async Task ResolveAsync_FollowUp_NamesThePaperItRefersToAndKeepsTheText(string followUp, int position)
    {
        long[] shown = [await IdAsync("GPipe"), await IdAsync("FlashAttention")];
        var question = new PreparedQuestion("c", followUp, false, [], shown);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        Assert.Equal(followUp, resolved.Text);
        Assert.Contains($"#{shown[position]} “", resolved.Note);
        Assert.DoesNotContain($"#{shown[1 - position]} “", resolved.Note);
        Assert.StartsWith(followUp + "\n\n(", resolved.ModelText);
    }

    [Fact]
    public async Task ResolveAsync_APlaceAfterOnePaperOfAList_NamesThePaperAtThatPlaceOfTheList()
    {
        long[] list = [await IdAsync("GPipe"), await IdAsync("FlashAttention")];
        ConversationTurn[] history = [new(ChatRole.Assistant, "[1] [2]", list, DateTimeOffset.UnixEpoch), new(ChatRole.Assistant, "[1]", [list[0]], DateTimeOffset.UnixEpoch)];
        var question = new PreparedQuestion("c", "and the second one?", false, history, [list[0]]);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        Assert.Contains($"#{list[1]} “", resolved.Note);
        Assert.DoesNotContain($"#{list[0]} “", resolved.Note);
    }

    [Theory]
    [InlineData("what about accuracy?", true)]
    [InlineData("latest on pipeline parallelism?", false)]
    [InlineData("how can I train giant neural networks?", false)]
    public async Task ResolveAsync_ShortQuestionInThePapersWords_NamesThePaperUnlessARequestOrBroad(string followUp, bool noted)
    {
        var gpipe = await IdAsync("GPipe");
        var paper = (await _store.Store.GetAsync(gpipe, CancellationToken.None))!.Paper;
        var question = new PreparedQuestion("c", followUp, false, [new(ChatRole.Assistant, "GPipe [1]", [gpipe], DateTimeOffset.UnixEpoch)], [gpipe]);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        // Each case is in the paper's own words: only being a request or broad keeps it off the paper.
        Assert.True(FollowUpResolver.StaysOn(followUp, $"{paper.Title}. {paper.Abstract}"));
        Assert.Equal(noted, resolved.Note?.Contains($"#{gpipe} “", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ResolveAsync_ShortQuestionAfterPapersShownOutsideTheAnswers_NoNote()
    {
        // Shown by a highlights post or a slash command, not by the last answer: the channel's next question is its own.
        var question = new PreparedQuestion("c", "what about accuracy?", false, [], [await IdAsync("GPipe")]);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        Assert.Null(resolved.Note);
    }

    [Fact]
    public async Task ResolveAsync_NewQuestion_NoNote()
    {
        var gpipe = await IdAsync("GPipe");
        var question = new PreparedQuestion("c", "what is pipeline parallelism?", false, [new(ChatRole.Assistant, "GPipe [1]", [gpipe], DateTimeOffset.UnixEpoch)], [gpipe]);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        Assert.Null(resolved.Note);
        Assert.Equal(question.Text, resolved.ModelText);
    }

    public void Dispose() => _store.Dispose();

    private async Task<long> IdAsync(string title) => (await _store.Store.FindAsync(title, CancellationToken.None))!.Id;
}
