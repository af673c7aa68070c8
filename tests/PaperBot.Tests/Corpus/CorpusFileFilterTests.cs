using PaperBot.Corpus;

namespace PaperBot.Tests.Corpus;

public sealed class CorpusFileFilterTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "corpus");

    [Theory]
    [InlineData("papers.txt", true)]
    [InlineData("daily-2026-08-18.json", true)]
    [InlineData("feeds/cs.LG.atom", true)]
    [InlineData("feeds/export.XML", true)]
    [InlineData("arxiv/arxiv-metadata-oai-snapshot.jsonl", true)]
    [InlineData("arxiv/snapshot.json.gz", true)]
    [InlineData(".hidden.json", false)]
    [InlineData(".daily-2026-08-18.json.0af3.tmp", false)]
    [InlineData("list.json.tmp", false)]
    [InlineData("list.json.part", false)]
    [InlineData("list.json.crdownload", false)]
    [InlineData("list.json~", false)]
    [InlineData("~$list.txt", false)]
    [InlineData(".git/config.json", false)]
    [InlineData("README.md", false)]
    [InlineData("picture.png", false)]
    public void IsCorpusFile_Name_Expected(string relative, bool expected) =>
        Assert.Equal(expected, CorpusFileFilter.IsCorpusFile(Root, Path.Combine(Root, relative)));

    [Fact]
    public void IsCorpusFile_OutsideTheRoot_False() =>
        Assert.False(CorpusFileFilter.IsCorpusFile(Root, Path.Combine(Path.GetTempPath(), "elsewhere", "papers.txt")));
}
