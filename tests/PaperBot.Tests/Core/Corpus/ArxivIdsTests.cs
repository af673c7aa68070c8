using PaperBot.Core.Corpus;

namespace PaperBot.Tests.Core.Corpus;

public sealed class ArxivIdsTests
{
    [Theory]
    [InlineData("http://arxiv.org/abs/2002.00741v1", "2002.00741")]
    [InlineData("https://arxiv.org/pdf/2002.00741v1.pdf", "2002.00741")]
    [InlineData("https://www.arxiv.org/abs/2002.00741?context=cs", "2002.00741")]
    [InlineData("https://huggingface.co/papers/2608.09888", "2608.09888")]
    [InlineData("2608.09888", "2608.09888")]
    [InlineData(" arXiv:1102.2017v2 ", "1102.2017")]
    [InlineData("0704.0001", "0704.0001")]
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("http://arxiv.org/abs/cond-mat/0207270", "cond-mat/0207270")]
    [InlineData("math.GT/0309136", "math/0309136")]
    [InlineData("HEP-TH/9901001", "hep-th/9901001")]
    public void Normalize_KnownForms_IdWithoutVersion(string input, string expected)
    {
        Assert.Equal(expected, ArxivIds.Normalize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("not an id")]
    [InlineData("2002.741")]
    [InlineData("2013.00741")]
    [InlineData("2000.00741")]
    [InlineData("hep-th/990100")]
    [InlineData("https://example.com/abs/2002.00741")]
    [InlineData("http://arxiv.org/api/errors#incorrect_id_format_for_1234")]
    [InlineData("2002.00741v")]
    public void Normalize_Junk_Null(string? input)
    {
        Assert.Null(ArxivIds.Normalize(input));
    }
}
