using Moq;
using PaperBot.AI.Offline;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Offline;

public sealed class OverviewComposerTests
{
    private const string Question = "how can I make reinforcement learning for language models cheaper?";

    // On the subject and without the aim: closest as a whole, first in search, but no sentence says "cheaper".
    private static readonly StoredPaper Rewards = ExtractiveAnswerComposerTests.Paper(4, "Verifier Rewards",
        "Reinforcement learning tunes language models for reasoning. Rewards come from verifiers.");

    private static readonly StoredPaper Prefixes = ExtractiveAnswerComposerTests.Paper(1, "Prefix Sharing",
        "Reinforcement learning tunes language models. We cut the cost of each update by sharing prefixes.");

    private static readonly StoredPaper Curriculum = ExtractiveAnswerComposerTests.Paper(2, "Curriculum Prompts",
        "Reinforcement learning post-trains language models. Picking prompts of middle difficulty makes training cheaper.");

    private static readonly StoredPaper Rollouts = ExtractiveAnswerComposerTests.Paper(3, "Experience Sharing",
        "Reinforcement learning for language models is costly. Sharing rollouts across nodes lowers the cost.");

    // Says the aim closest of all, but about another subject (half the subject's words).
    private static readonly StoredPaper Inference = ExtractiveAnswerComposerTests.Paper(5, "Cheaper Inference",
        "Quantization makes language model inference cheaper.");

    private static readonly Dictionary<string, double> Sentences = new()
    {
        ["We cut the cost of each update by sharing prefixes."] = 0.9,
        ["Picking prompts of middle difficulty makes training cheaper."] = 0.85,
        ["Sharing rollouts across nodes lowers the cost."] = 0.8,
        ["Reinforcement learning tunes language models for reasoning."] = 0.6,
        ["Quantization makes language model inference cheaper."] = 0.95,
    };

    [Fact]
    public async Task ComposeAsync_PaperOnTheSubjectWithoutTheAim_LeftOutForAPaperBelowItInSearchWithASentenceSayingIt()
    {
        // Search: Prefixes, Curriculum, Rewards, Rollouts, Judges; closeness: Prefixes, Curriculum, Rollouts, Judges,
        // Rewards. Rewards is ahead of Rollouts in search (2 against 3) but far behind in closeness (4 against 2).
        var judges = ExtractiveAnswerComposerTests.Paper(6, "Reward Judges",
            "Reinforcement learning for language models needs judges. Judges score answers.");
        var sentences = new Dictionary<string, double>(Sentences) { ["Reinforcement learning for language models needs judges."] = 0.7 };
        var meaning = ClosestSentenceTests.Meaning(sentences);
        var composer = Composer(meaning, Prefixes, Curriculum, Rewards, Rollouts, judges, Inference);

        var answer = await composer.ComposeAsync(Question, CancellationToken.None);

        Assert.NotNull(answer);
        // Grouping by approach may reorder the lines; which papers are cited is the point.
        Assert.Equal([1L, 2L, 3L], answer.Citations.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ComposeAsync_SearchsFirstPapersInOtherWords_CitedThoughTheyHoldFewOfTheQuestionsWords()
    {
        // "curriculum" is the abstracts' word for "order training examples": search ranks those papers first.
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "Prompt Curriculum", "A curriculum of prompts speeds up post-training."),
            ExtractiveAnswerComposerTests.Paper(2, "Length Curriculum", "Sequence lengths follow a curriculum during pre-training."),
            ExtractiveAnswerComposerTests.Paper(3, "Distribution Curriculum", "A curriculum over data distributions for RL post-training."),
            ExtractiveAnswerComposerTests.Paper(4, "Loss Ordering", "We order training examples by their loss."),
            ExtractiveAnswerComposerTests.Paper(5, "Second-order Optimizer", "A second-order optimizer for training on examples."),
            ExtractiveAnswerComposerTests.Paper(6, "Robust Training", "Training on adversarial examples in a fixed order."),
        };
        var composer = Composer(MeaningUnknown(), papers);

        var answer = await composer.ComposeAsync("which curriculum strategies order training examples?", CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Equal([1L, 2L, 3L], answer.Citations.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ComposeAsync_Closest_PapersSayingAWordOfTheSubject_SaidAsTheClosest()
    {
        // "comics, cartoon animation or page layouts": each paper says one of them, none most of the subject's words.
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "Manga Retargeting", "We retarget comics to new screen sizes."),
            ExtractiveAnswerComposerTests.Paper(2, "Animated Stickers", "A video model generates animation for stickers."),
            ExtractiveAnswerComposerTests.Paper(3, "Layout Generation", "Language models generate page layouts."),
            ExtractiveAnswerComposerTests.Paper(4, "Weather Models", "A model forecasts the weather."),
        };
        const string question = "what's been done with AI for comics, animation or page layouts?";

        var plain = await Composer(MeaningUnknown(), papers).ComposeAsync(question, CancellationToken.None);
        var answer = await Composer(MeaningUnknown(), papers).ComposeAsync(question, CancellationToken.None, reach: OverviewReach.Closest);
        var queries = new List<string>();
        var fallenBack = await Composer(MeaningUnknown(), TermGlossary.None, queries, papers)
            .ComposeAsync(question, CancellationToken.None, reach: OverviewReach.OnSubjectOrClosest);

        Assert.Null(plain);
        Assert.NotNull(answer);
        Assert.Equal([1L, 2L, 3L], answer.Citations.Select(c => c.Id).Order());
        Assert.Contains("the 3 closest", answer.Text, StringComparison.Ordinal);
        // With the closest allowed as a fallback, the same answer, from one search.
        Assert.Equal(answer.Text, fallenBack?.Text);
        Assert.Single(queries);
    }

    [Fact]
    public async Task ComposeAsync_Closest_PapersSharingOnlyCommonWords_NoAnswer()
    {
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "Weather Models", "A neural network model forecasts the weather."),
            ExtractiveAnswerComposerTests.Paper(2, "Protein Models", "A neural network model reads proteins."),
            ExtractiveAnswerComposerTests.Paper(3, "Graph Models", "A neural network model learns on graphs."),
        };

        var answer = await Composer(MeaningUnknown(), papers).ComposeAsync(
            "what are ways to bake bread with a neural network model?", CancellationToken.None, reach: OverviewReach.Closest);

        Assert.Null(answer);
    }

    [Fact]
    public async Task ComposeAsync_MeaningUnknown_TheFirstPapersOnTheSubjectInSearchOrder()
    {
        var meaning = new Mock<IMeaningSimilarity>();
        meaning.Setup(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<double>?)null);
        meaning.Setup(m => m.ToPapersAsync(It.IsAny<string>(), It.IsAny<IReadOnlyCollection<long>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<long, double>());
        var composer = Composer(meaning, Rewards, Prefixes, Curriculum, Inference, Rollouts);

        var answer = await composer.ComposeAsync(Question, CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Equal([1L, 2L, 4L], answer.Citations.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ComposeAsync_FewerThanThreePapersOnTheSubject_NoOverview()
    {
        var composer = Composer(ClosestSentenceTests.Meaning(Sentences), Prefixes, Curriculum, Inference);

        var answer = await composer.ComposeAsync(Question, CancellationToken.None);

        Assert.Null(answer);
    }

    [Fact]
    public async Task ComposeAsync_PapersSayOneSubjectWordOtherwise_StillAnOverview()
    {
        // "image generation" is "image synthesis" in all three: two of the subject's three words, more than half.
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "Fewer Steps", "Diffusion models synthesize images. Distillation makes sampling cheaper."),
            ExtractiveAnswerComposerTests.Paper(2, "Cached Features", "Diffusion models synthesize images. Caching features cuts the cost."),
            ExtractiveAnswerComposerTests.Paper(3, "Pruned Denoisers", "Diffusion models synthesize images. Pruning the denoiser lowers the cost."),
        };
        var composer = Composer(ClosestSentenceTests.Meaning(new Dictionary<string, double>()), papers);

        var answer = await composer.ComposeAsync("how can I make diffusion image generation cheaper?", CancellationToken.None);
        var either = await composer.ComposeAsync("how can I make diffusion image generation cheaper?", CancellationToken.None, reach: OverviewReach.OnSubjectOrClosest);

        Assert.NotNull(answer);
        Assert.Equal([1L, 2L, 3L], answer.Citations.Select(c => c.Id).Order());
        // Enough papers on the subject: the overview, not the closest.
        Assert.Equal(answer.Text, either?.Text);
        Assert.DoesNotContain("closest", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_TechniqueNamedByThreePapers_AnOverviewOfThoseOnly()
    {
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "N:M Accelerator", "Sparse training of DNNs on an accelerator cuts the cost of training networks."),
            ExtractiveAnswerComposerTests.Paper(2, "Dense Baseline", "Training neural networks densely with mixed precision is cheaper."),
            ExtractiveAnswerComposerTests.Paper(3, "Lottery Layers", "Sparse training finds winning layers and trains networks with less energy."),
            ExtractiveAnswerComposerTests.Paper(4, "Sparse Autoencoders", "Energy-efficient sparse training of neural networks selects features."),
        };
        var composer = Composer(ClosestSentenceTests.Meaning(new Dictionary<string, double>()), papers);

        var answer = await composer.ComposeAsync("how can sparse training make training neural networks cheaper?", CancellationToken.None, "sparse training");

        Assert.NotNull(answer);
        Assert.Equal([1L, 3L, 4L], answer.Citations.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task ComposeAsync_TechniqueNamedByOnePaper_NoOverviewForOnePapersMethod()
    {
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "Retrieval Heads", "Keeping a full cache only for retrieval heads compresses the KV cache."),
            ExtractiveAnswerComposerTests.Paper(2, "Channel Shrinking", "Shrinking channels compresses the KV cache of long contexts."),
            ExtractiveAnswerComposerTests.Paper(3, "Partial Contexts", "Attention heads see partial contexts, so the KV cache compresses."),
        };
        var composer = Composer(ClosestSentenceTests.Meaning(new Dictionary<string, double>()), papers);

        var answer = await composer.ComposeAsync("How can retrieval heads compress the KV cache?", CancellationToken.None, "retrieval heads");

        Assert.Null(answer);
    }

    [Fact]
    public async Task ComposeAsync_EverydayPhrasing_SearchedInTheFieldsTermsToo_AndPapersNamingThemAreOnTheSubject()
    {
        // "a handful of examples" is "few-shot" in the abstracts: none of the three holds most of the question's words.
        var papers = new[]
        {
            ExtractiveAnswerComposerTests.Paper(1, "Demonstration Retrieval", "Few-shot prompting picks demonstrations for language models."),
            ExtractiveAnswerComposerTests.Paper(2, "Meta In-Context", "Transformers meta-learn to solve tasks few-shot in context."),
            ExtractiveAnswerComposerTests.Paper(3, "Exemplar Choice", "Choosing exemplars improves few-shot accuracy of prompts."),
            ExtractiveAnswerComposerTests.Paper(4, "Protein LMs", "A language model reads proteins."),
        };
        var glossary = new TermGlossary(["handful of examples\tfew-shot|in-context learning"]);
        var queries = new List<string>();
        var composer = Composer(ClosestSentenceTests.Meaning(new Dictionary<string, double>()), glossary, queries, papers);

        var answer = await composer.ComposeAsync("how can a language model pick up a new task from a handful of examples?", CancellationToken.None);

        Assert.NotNull(answer);
        Assert.Equal([1L, 2L, 3L], answer.Citations.Select(c => c.Id).Order());
        Assert.Contains("few-shot in-context learning", Assert.Single(queries), StringComparison.Ordinal);
        Assert.Contains("(searched also as few-shot, in-context learning)", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComposeAsync_NoEverydayPhrasing_SearchedAsAsked()
    {
        var queries = new List<string>();
        var glossary = new TermGlossary(["handful of examples\tfew-shot"]);
        var composer = Composer(ClosestSentenceTests.Meaning(Sentences), glossary, queries, Prefixes, Curriculum, Rollouts);

        var answer = await composer.ComposeAsync(Question, CancellationToken.None);

        Assert.Equal("reinforcement learning for language models cheaper", Assert.Single(queries));
        Assert.DoesNotContain("searched also as", answer!.Text, StringComparison.Ordinal);
    }

    private static Mock<IMeaningSimilarity> MeaningUnknown()
    {
        var meaning = new Mock<IMeaningSimilarity>();
        meaning.Setup(m => m.ToPassagesAsync(It.IsAny<string>(), It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<double>?)null);
        return meaning;
    }

    private static OverviewComposer Composer(Mock<IMeaningSimilarity> meaning, params StoredPaper[] papers) =>
        Composer(meaning, TermGlossary.None, [], papers);

    private static OverviewComposer Composer(
        Mock<IMeaningSimilarity> meaning, TermGlossary glossary, List<string> queries, params StoredPaper[] papers)
    {
        var search = new Mock<IPaperSearch>();
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .Callback((string query, int _, CancellationToken _) => queries.Add(query))
            .ReturnsAsync([.. papers.Select(p => new PaperHit(p.Id, p.Paper.Title, null, null, null, 1, ""))]);
        var store = new Mock<IPaperStore>();
        foreach (var paper in papers)
        {
            store.Setup(s => s.GetAsync(paper.Id, It.IsAny<CancellationToken>())).ReturnsAsync(paper);
        }

        return new OverviewComposer(search.Object, store.Object, meaning.Object, glossary);
    }
}
