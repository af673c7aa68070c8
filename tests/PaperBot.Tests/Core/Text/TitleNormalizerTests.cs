using PaperBot.Core.Text;

namespace PaperBot.Tests.Core.Text;

public sealed class TitleNormalizerTests
{
    [Theory]
    [InlineData("Déjà vu: A Model", "deja vu a model")]
    [InlineData("  deja VU -- a   model!  ", "deja vu a model")]
    [InlineData("S$^{2}$FT: Efficient", "s 2 ft efficient")]
    [InlineData("N:M Sparse", "n m sparse")]
    [InlineData("", "")]
    [InlineData("🙂 emoji only 🚀", "emoji only")]
    public void Normalize_Variants_GiveTheSameKey(string title, string expected)
    {
        Assert.Equal(expected, TitleNormalizer.Normalize(title));
    }
}
