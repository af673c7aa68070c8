using System.Text.Json;
using PaperBot.Core.Library.Export;

namespace PaperBot.Tests.Core.Library.Export;

public sealed class OtherWritersTests
{
    [Fact]
    public void Ris_ArxivPaper_TaggedLinesAndEndOfRecord()
    {
        var ris = RisWriter.Write([ExportPapers.GPipe(note: "two\nlines"), ExportPapers.CorpusOnly(5, "Scaling Laws")]);
        var records = ris.Split("ER  - \r\n", StringSplitOptions.RemoveEmptyEntries).Select(r => r.Trim()).Where(r => r.Length > 0).ToList();

        Assert.Equal(2, records.Count);
        Assert.StartsWith("TY  - UNPB\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("AU  - Huang, Yanping\r\nAU  - Cheng, Youlong\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("PY  - 2018\r\nDA  - 2018/11/16/\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("UR  - https://arxiv.org/abs/1811.06965\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("KW  - parallelism\r\nKW  - systems\r\n", ris, StringComparison.Ordinal);
        Assert.Contains("N1  - two lines\r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotContain("AU  -", records[1], StringComparison.Ordinal);
        Assert.All(ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => Assert.Matches("^[A-Z][A-Z0-9]  - ", line));
    }

    [Fact]
    public void CslJson_ArxivAndCorpusPapers_ItemsWithTheFieldsKnown()
    {
        var json = CslJsonWriter.Write([ExportPapers.GPipe(note: "note \"quoted\""), ExportPapers.CorpusOnly(5, "Scaling Laws")]);
        using var document = JsonDocument.Parse(json);
        var items = document.RootElement.EnumerateArray().ToList();

        Assert.Equal(2, items.Count);
        var gpipe = items[0];
        Assert.Equal("huang2018-1811.06965", gpipe.GetProperty("id").GetString());
        Assert.Equal("article", gpipe.GetProperty("type").GetString());
        Assert.Equal("Huang", gpipe.GetProperty("author")[0].GetProperty("family").GetString());
        Assert.Equal("Yanping", gpipe.GetProperty("author")[0].GetProperty("given").GetString());
        Assert.Equal("[[2018,11,16]]", gpipe.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Equal("https://arxiv.org/abs/1811.06965", gpipe.GetProperty("URL").GetString());
        Assert.Equal("note \"quoted\"", gpipe.GetProperty("note").GetString());
        Assert.Equal("parallelism, systems", gpipe.GetProperty("keyword").GetString());
        Assert.False(items[1].TryGetProperty("author", out _));
        Assert.False(items[1].TryGetProperty("issued", out _));
    }

    [Fact]
    public void Markdown_Papers_LinkedTitlesTagsAndEscapedNotes()
    {
        var md = MarkdownWriter.Write([ExportPapers.GPipe(note: "see [this](http://x) *now*"), ExportPapers.CorpusOnly(5, "Scaling_Laws")]);

        Assert.StartsWith("# My papers (2)\n", md, StringComparison.Ordinal);
        Assert.Contains("1. **[GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism](<https://arxiv.org/abs/1811.06965>)**", md, StringComparison.Ordinal);
        Assert.Contains("Tags: `parallelism`, `systems`", md, StringComparison.Ordinal);
        Assert.Contains(@"   > see \[this\]\(http://x\) \*now\*", md, StringComparison.Ordinal);
        Assert.Contains(@"2. **Scaling\_Laws**", md, StringComparison.Ordinal);
        Assert.Contains("4 authors", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bibtex", ExportFormat.BibTex, "papers.bib")]
    [InlineData("RIS", ExportFormat.Ris, "papers.ris")]
    [InlineData("csl-json", ExportFormat.CslJson, "papers.json")]
    [InlineData("md", ExportFormat.Markdown, "papers.md")]
    public void Parse_Names_FormatAndFileName(string name, ExportFormat format, string file)
    {
        Assert.Equal(format, ExportFormats.Parse(name));
        Assert.Equal(file, ExportFormats.FileName(format));
    }

    [Fact]
    public void Parse_Unknown_Null() => Assert.Null(ExportFormats.Parse("endnote"));
}
