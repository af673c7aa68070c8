using PaperBot.Discord.Library;

namespace PaperBot.Tests.Discord.Library;

public sealed class NoteTextTests
{
    [Fact]
    public void Quote_PingsLinksAndMarkdown_ShownAsTypedOnOneQuotedLine()
    {
        var quoted = NoteText.Quote("@everyone read <@123> 🔥\n# big [click](https://evil.example) **now** `x`");

        Assert.StartsWith("> ", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', quoted);
        Assert.DoesNotContain("@everyone", quoted, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<@!?\d", quoted);
        Assert.Contains("\\[click\\]", quoted, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", quoted, StringComparison.Ordinal);
        Assert.Contains("\\*\\*now\\*\\*", quoted, StringComparison.Ordinal);
        Assert.Contains("🔥", quoted, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_LongNote_Cut()
    {
        Assert.True(NoteText.Quote(string.Join(' ', Enumerable.Repeat("word", 500)), max: 200).Length < 220);
    }
}
