using PaperBot.Benchmarks.Generation;

namespace PaperBot.Benchmarks.Search;

/// <summary>
/// The fixed queries, the same at every size: common, middling and rare words, a paper's unique name, several
/// words, phrases, a prefix, OR; and title prefixes as people type them into autocomplete. Every paper they name
/// is among the first 10,000, so each exists at every size.
/// </summary>
internal static class QuerySet
{
    private static readonly long[] TypedTitles = [11, 523, 2048, 4242, 7777, 9001];
    private static readonly int[] TypedLengths = [3, 6, 12, 24];

    public static IReadOnlyList<BenchQuery> Searches(Vocabulary vocabulary) =>
    [
        new("common word", "model"),
        new("common word", "training"),
        new("common word", "data"),
        new("middling word", "diffusion"),
        new("middling word", "segmentation"),
        new("middling word", "quantization"),
        new("rare word", vocabulary.Words[20_000]),
        new("rare word", vocabulary.Words[36_000]),
        new("unique name", PaperTextGenerator.Name(4242)),
        new("several words", "large language models"),
        new("several words", "video generation"),
        new("several words", "reinforcement learning reward"),
        new("several words", "efficient sparse attention"),
        new("phrase", "\"large language models\""),
        new("phrase", "\"reinforcement learning\""),
        new("phrase", "\"chain of thought\""),
        new("prefix", "transform*"),
        new("OR", "quantization OR pruning"),
        new("rare and common", $"model {vocabulary.Words[30_000]}"),
    ];

    /// <summary>The first 3, 6, 12 and 24 characters of some titles, and a word being typed inside a title.</summary>
    public static IReadOnlyList<BenchQuery> Prefixes(PaperTextGenerator generator)
    {
        var prefixes = new List<BenchQuery>();
        foreach (var index in TypedTitles)
        {
            var title = generator.Title(index);
            prefixes.AddRange(TypedLengths.Where(n => n < title.Length).Select(n => new BenchQuery($"title start, {n} chars", title[..n])));
        }

        foreach (var index in TypedTitles.Take(3))
        {
            var words = generator.Title(index).Split(' ');
            var typed = $"{words[2]} {words[3][..Math.Min(3, words[3].Length)]}";
            prefixes.Add(new BenchQuery("words inside a title", typed));
        }

        return prefixes;
    }
}
