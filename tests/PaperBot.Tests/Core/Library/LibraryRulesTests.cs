using PaperBot.Core.Library;

namespace PaperBot.Tests.Core.Library;

public sealed class LibraryRulesTests
{
    [Fact]
    public void Checked_TagsAndNote_AsStored()
    {
        var (tags, note) = LibraryRules.Checked(["#Attention, kernels", "attention"], "  read later  ");

        Assert.Equal(["attention", "kernels"], tags);
        Assert.Equal("read later", note);
    }

    [Fact]
    public void Checked_BlankNote_Null()
    {
        Assert.Null(LibraryRules.Checked([], "   ").Note);
    }

    [Fact]
    public void Checked_TooManyTags_OneLineThatSaysWhatToDo()
    {
        var tags = Enumerable.Range(1, LibraryRules.MaxTags + 1).Select(i => $"t{i}").ToList();

        var error = Assert.Throws<ArgumentException>(() => LibraryRules.Checked(tags, null));

        Assert.Equal($"That is {LibraryRules.MaxTags + 1} tags: keep it to {LibraryRules.MaxTags} or fewer.", error.Message);
    }

    [Fact]
    public void Checked_NoteTooLong_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LibraryRules.Checked([], new string('x', LibraryRules.MaxNoteLength + 1)));

        Assert.Contains($"keep it to {LibraryRules.MaxNoteLength} or fewer", error.Message, StringComparison.Ordinal);
    }
}
