using PaperBot.Core.Evaluation;

namespace PaperBot.Tests.Core.Evaluation;

public sealed class EvaluationQueryReaderTests
{
    [Fact]
    public void Read_CommentsBlankLinesAndSeveralTitles_ParsesEachQuery()
    {
        const string text = "# a comment\n\nhow to shard optimizer state\tZeRO: Memory Optimizations\nfast attention kernels\tFlashAttention | FlashAttention-2 \n";

        var queries = EvaluationQueryReader.Read(new StringReader(text));

        Assert.Equal(2, queries.Count);
        Assert.Equal(("how to shard optimizer state", 3), (queries[0].Question, queries[0].Line));
        Assert.Equal(["ZeRO: Memory Optimizations"], queries[0].ExpectedTitles);
        Assert.Equal(["FlashAttention", "FlashAttention-2"], queries[1].ExpectedTitles);
    }

    [Theory]
    [InlineData("no tab on this line", "line 2")]
    [InlineData("\tonly a title", "line 2")]
    [InlineData("only a question\t  ", "line 2")]
    public void Read_BadLine_NamesTheLine(string line, string expected)
    {
        var error = Assert.Throws<FormatException>(() => EvaluationQueryReader.Read(new StringReader("# header\n" + line + "\n")));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void ReadFile_TheRepositoryQueries_HasAtLeastFortyQuestionsNotCopiedFromTitles()
    {
        var queries = EvaluationQueryReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", "queries.tsv"));

        Assert.True(queries.Count >= 40, $"{queries.Count} questions");
        Assert.All(queries, q => Assert.DoesNotContain(q.ExpectedTitles, t => string.Equals(t, q.Question, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(queries.Count, queries.Select(q => q.Question).Distinct().Count());
    }
}
