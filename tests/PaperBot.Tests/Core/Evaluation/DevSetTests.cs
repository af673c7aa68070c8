using PaperBot.Core.Evaluation;
using PaperBot.Core.Text;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.Core.Evaluation;

/// <summary>The dev sets in eval/ name real papers of the bundled corpus, and are as large as the README says.</summary>
public sealed class DevSetTests : IDisposable
{
    private readonly TestStore _store = new();

    [Theory]
    [InlineData("queries.tsv", 50)]
    [InlineData("paraphrase.tsv", 60)]
    [InlineData("related.tsv", 25)]
    [InlineData("topics.tsv", 10)]
    [InlineData("overviews.tsv", 10)]
    [InlineData("overviews-heldout.tsv", 8)]
    [InlineData("overviews-heldout2.tsv", 12)]
    [InlineData("overviews-heldout3.tsv", 11)]
    [InlineData("overviews-heldout4.tsv", 14)]
    [InlineData("overviews-heldout5.tsv", 14)]
    [InlineData("overviews-heldout6.tsv", 14)]
    [InlineData("overviews-heldout7.tsv", 14)]
    [InlineData("overviews-heldout8.tsv", 14)]
    public async Task EveryTitle_IsAPaperOfTheBundledCorpus(string file, int atLeast)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var titles = _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers")).Select(TitleNormalizer.Normalize).ToHashSet();

        var items = EvaluationQueryReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", file));

        Assert.True(items.Count >= atLeast, $"{file} has {items.Count} lines");
        Assert.All(items.SelectMany(i => i.ExpectedTitles), t => Assert.Contains(TitleNormalizer.Normalize(t), titles));
        if (file == "related.tsv")
        {
            Assert.All(items, i => Assert.Contains(TitleNormalizer.Normalize(i.Question), titles));
            Assert.All(items, i => Assert.DoesNotContain(TitleNormalizer.Normalize(i.Question), i.ExpectedTitles.Select(TitleNormalizer.Normalize)));
        }
    }

    [Theory]
    [InlineData("facts.tsv")]
    [InlineData("facts-heldout.tsv")]
    public async Task Facts_EachNamesAPaperOfTheBundledCorpusAndAFactItsAbstractStates(string file)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var questions = FactQuestionReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", file));

        Assert.True(questions.Count >= 25, $"{file} has {questions.Count} lines");
        foreach (var question in questions)
        {
            var paper = await _store.Store.FindAsync(question.ExpectedTitle, CancellationToken.None);
            Assert.True(paper is not null && TitleNormalizer.Normalize(paper.Paper.Title) == TitleNormalizer.Normalize(question.ExpectedTitle), $"line {question.Line}: {question.ExpectedTitle}");
            Assert.True(FactEvaluator.Contains(paper.Paper.Abstract, question.Facts), $"line {question.Line}: the abstract does not state {string.Join(" | ", question.Facts)}");
        }
    }

    [Theory]
    [InlineData("followups.tsv")]
    [InlineData("followups-heldout.tsv")]
    [InlineData("followups-heldout2.tsv")]
    [InlineData("followups-heldout3.tsv")]
    [InlineData("switches.tsv")]
    public async Task FollowUps_EachNamesAPaperOfTheBundledCorpus(string file)
    {
        await _store.Ingestor.IngestAsync([TestPaths.CorpusDir], CancellationToken.None);
        var titles = _store.Database.Read(c => c.QueryScalars<string>("SELECT title FROM papers")).Select(TitleNormalizer.Normalize).ToHashSet();

        var dialogs = FollowUpDialogReader.ReadFile(Path.Combine(TestPaths.RepoRoot, "eval", file));

        Assert.True(dialogs.Count >= 30, $"{file} has {dialogs.Count} lines");
        Assert.All(dialogs, d => Assert.Contains(TitleNormalizer.Normalize(d.ExpectedTitle), titles));
    }

    public void Dispose() => _store.Dispose();
}
