using PaperBot.Retrieval.Search;
using PaperBot.Core.Evaluation;
using PaperBot.Core.Text;
using PaperBot.Tests.Data;
using Xunit.Abstractions;

namespace PaperBot.Tests.Core.Evaluation;

/// <summary>
/// The search evaluation on the bundled corpus: every expected title is a real paper, and neither mode falls below the
/// figures measured when the default mode was chosen (see SearchOptions.Mode). Prints the figures.
/// </summary>
public sealed class BundledCorpusEvaluationTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestStore _store = new();

    [Fact]
    public async Task EvaluateAsync_Bm25AndHybrid_MeetTheMeasuredFloors()
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var queries = EvaluationQueryReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", "queries.tsv"));
        var titles = _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers")).Select(TitleNormalizer.Normalize).ToHashSet();

        var bm25 = await SearchEvaluator.EvaluateAsync(_store.Search, queries, cancellationToken: CancellationToken.None);
        var hybrid = await SearchEvaluator.EvaluateAsync(_store.HybridSearch(), queries, cancellationToken: CancellationToken.None);
        output.WriteLine($"BM25:   {bm25.Questions} questions, recall@1 {bm25.RecallAt1:0.000}, recall@5 {bm25.RecallAt5:0.000}, MRR {bm25.MeanReciprocalRank:0.000}");
        output.WriteLine($"Hybrid: {hybrid.Questions} questions, recall@1 {hybrid.RecallAt1:0.000}, recall@5 {hybrid.RecallAt5:0.000}, MRR {hybrid.MeanReciprocalRank:0.000}");

        Assert.All(queries.SelectMany(q => q.ExpectedTitles), t => Assert.Contains(TitleNormalizer.Normalize(t), titles));
        Assert.True(bm25.RecallAt5 >= 0.9 && bm25.MeanReciprocalRank >= 0.9, "BM25 fell below its measured quality");
        Assert.True(hybrid.RecallAt5 >= 0.9 && hybrid.MeanReciprocalRank >= 0.85, "Hybrid fell below its measured quality");
    }

    public void Dispose() => _store.Dispose();
}
