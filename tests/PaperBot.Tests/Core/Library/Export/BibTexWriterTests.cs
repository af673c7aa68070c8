using PaperBot.Core.Library.Export;

namespace PaperBot.Tests.Core.Library.Export;

public sealed class BibTexWriterTests
{
    [Fact]
    public void Write_ArxivPaper_MiscWithEprintAuthorsDateUrlTagsAndNote()
    {
        var bib = BibTexWriter.Write([ExportPapers.GPipe(note: "read §3 first")]);

        Assert.StartsWith("@misc{huang2018-1811.06965,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  title = {{GPipe:} Efficient Training of Giant Neural Networks using Pipeline Parallelism},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  author = {Yanping Huang and Youlong Cheng and Ankur Bapna},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {2018},\n  month = nov,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  eprint = {1811.06965},\n  archivePrefix = {arXiv},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  url = {https://arxiv.org/abs/1811.06965},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  keywords = {parallelism, systems},\n", bib, StringComparison.Ordinal);
        Assert.Contains("  note = {read §3 first},\n", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("primaryClass", bib, StringComparison.Ordinal);
        Assert.EndsWith("}\n", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_CorpusPaperWithoutNamesOrDates_LeavesThoseFieldsOut()
    {
        var bib = BibTexWriter.Write([ExportPapers.CorpusOnly(5, "Scaling Laws")]);

        Assert.DoesNotContain("author =", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("year =", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("eprint =", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("url =", bib, StringComparison.Ordinal);
        Assert.DoesNotContain("keywords =", bib, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A & B", @"A \& B")]
    [InlineData("50% of $5 #1 a_b", @"50\% of \$5 \#1 a\_b")]
    [InlineData("{x} ~y^2 c:\\d", @"\textbraceleft{}x\textbraceright{} \textasciitilde{}y\textasciicircum{}2 c:\textbackslash{}d")]
    [InlineData("line\nbreak\ttab", "line break tab")]
    [InlineData("naïve 😀 Gödel", "naïve 😀 Gödel")]
    public void Write_SpecialCharactersInNote_Escaped(string note, string expected)
    {
        var bib = BibTexWriter.Write([ExportPapers.GPipe(note: note)]);

        Assert.Contains($"  note = {{{expected}}},\n", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_TitleWithBracesAndAcronyms_BalancedAndProtected()
    {
        var bib = BibTexWriter.Write([ExportPapers.CorpusOnly(9, "{LLMs} are 100% BERT-like: a } study")]);

        Assert.Contains(@"title = {{\textbraceleft{}LLMs\textbraceright{}} are 100\% {BERT-like:} a \textbraceright{} study},", bib, StringComparison.Ordinal);
        Assert.True(Balanced(bib), bib);
    }

    [Fact]
    public void Write_AuthorNamedAnd_Braced()
    {
        var paper = ExportPapers.GPipe();
        paper = paper with { Paper = paper.Paper with { Paper = paper.Paper.Paper with { Authors = ["Research and Development Lab", "Ada Lovelace"] } } };

        Assert.Contains("author = {{Research and Development Lab} and Ada Lovelace},", BibTexWriter.Write([paper]), StringComparison.Ordinal);
    }

    // Every brace, escaped or not: BibTeX counts them all.
    private static bool Balanced(string text)
    {
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }
}
