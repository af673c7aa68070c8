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
    [InlineData("what's new?", false)]
    [InlineData("how can I make training of giant networks cheaper?", false)]
    public async Task ResolveAsync_ShortQuestionInThePapersWords_NamesThePaperUnlessARequestOrBroad(string followUp, bool noted)
    {
        var gpipe = await IdAsync("GPipe");
        var question = new PreparedQuestion("c", followUp, false, [], [gpipe]);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        Assert.Equal(noted, resolved.Note?.Contains($"#{gpipe} “", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ResolveAsync_NewQuestion_NoNote()
    {
        var question = new PreparedQuestion("c", "what is speculative decoding?", false, [], [await IdAsync("GPipe")]);

        var resolved = await ShownPapersNote.ResolveAsync(question, _store.Store, CancellationToken.None);

        Assert.Null(resolved.Note);
        Assert.Equal(question.Text, resolved.ModelText);
    }

    public void Dispose() => _store.Dispose();

    private async Task<long> IdAsync(string title) => (await _store.Store.FindAsync(title, CancellationToken.None))!.Id;
}
