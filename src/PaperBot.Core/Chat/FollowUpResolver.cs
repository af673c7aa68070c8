using System.Text.RegularExpressions;
using PaperBot.Core.Text;

namespace PaperBot.Core.Chat;

/// <summary>
/// Maps a follow-up ("what speedup does it report?", "summarize the second one", "which of them is newest?") to the
/// papers it is about, among those the conversation was shown last (in the order shown). Pure: no store, no clock.
/// </summary>
public static partial class FollowUpResolver
{
    /// <summary>Words of a follow-up short enough that "the model" or "and the ..." means the paper just shown.</summary>
    private const int ShortWords = 10;

    /// <summary>Words of a follow-up short enough to stay on the paper just shown without a word pointing at it (<see cref="StaysOn"/>).</summary>
    private const int ImplicitWords = 8;

    /// <summary>
    /// The papers <paramref name="followUp"/> refers to, or an empty list when it refers to none of them (or nothing was
    /// shown). <paramref name="dateOf"/> dates a paper, for "the newest of them"; without it the first shown counts as newest.
    /// <paramref name="list"/> is what a place in a list or "them" means (<see cref="ListOf"/>); by default the papers shown.
    /// </summary>
    public static IReadOnlyList<long> Resolve(string followUp, IReadOnlyList<long> shown, Func<long, DateOnly?>? dateOf = null, IReadOnlyList<long>? list = null)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(shown);
        if (shown.Count == 0)
        {
            return [];
        }

        list = list is { Count: > 0 } ? list : shown;
        if (Position().Match(followUp) is { Success: true } position)
        {
            // "[1]" and "source 1" are the last answer's own numbering; "the third one" counts in the list.
            var places = position.Groups["own"].Success ? shown : list;
            var index = IndexOf(position.Groups["word"].Value, places.Count);
            return index >= 0 && index < places.Count ? [places[index]] : [];
        }

        if (Extreme().Match(followUp) is { Success: true } extreme)
        {
            var newest = extreme.Groups["new"].Success;
            var dated = list.Select((id, order) => (Id: id, Order: order, Date: dateOf?.Invoke(id))).ToList();
            var pick = newest
                ? dated.OrderByDescending(p => p.Date ?? DateOnly.MinValue).ThenBy(p => p.Order).First()
                : dated.OrderBy(p => p.Date ?? DateOnly.MaxValue).ThenBy(p => p.Order).First();
            return [pick.Id];
        }

        var plural = Plural().Matches(followUp);
        if (plural.Count > 0)
        {
            // "They" after one paper is mostly its authors ("what baselines did they use?"); "them", "those", "both", the list.
            return plural.Any(m => !m.Value.Equals("they", StringComparison.OrdinalIgnoreCase)) ? list : shown;
        }

        return IsSingular(followUp) ? [shown[0]] : [];
    }

    /// <summary>
    /// The list a place ("the third one") or "them" means: the papers shown last, unless they are the one paper of the
    /// last answer, taken from a list an answer gave just before. After "summarize the second one", "which of them is
    /// newest?" and then "the oldest one" still mean the list the member chose from, while "it" means the paper shown.
    /// Only an unbroken run counts: every answer since the list gave one of its papers. A list from further back, or
    /// papers shown outside the answers (a highlights post, a slash command), may not be what the member chose from.
    /// </summary>
    public static IReadOnlyList<long> ListOf(IReadOnlyList<long> shown, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(history);
        var answers = history.Where(t => t.Role == ChatRole.Assistant && t.CitedPaperIds.Count > 0).ToList();
        if (shown.Count != 1 || answers.Count < 2 || !ShownByTheLastAnswer(shown, history))
        {
            return shown;
        }

        var picks = new List<long>();
        for (var i = answers.Count - 1; i >= 0; i--)
        {
            var cited = answers[i].CitedPaperIds;
            if (cited.Count > 1)
            {
                return picks.All(cited.Contains) ? cited : shown;
            }

            picks.Add(cited[0]);
        }

        return shown;
    }

    /// <summary>Whether the papers shown last are those the last answer cited (not a highlights post's or a slash command's).</summary>
    public static bool ShownByTheLastAnswer(IReadOnlyList<long> shown, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(shown);
        ArgumentNullException.ThrowIfNull(history);
        return history.LastOrDefault(t => t.Role == ChatRole.Assistant && t.CitedPaperIds.Count > 0) is { } answer && answer.CitedPaperIds.SequenceEqual(shown);
    }

    /// <summary>Whether <paramref name="followUp"/> has words pointing back at papers shown: a place, "the newest", "them", "it".</summary>
    public static bool PointsBack(string followUp) =>
        Position().IsMatch(followUp) || Extreme().IsMatch(followUp) || Plural().IsMatch(followUp) || IsSingular(followUp);

    /// <summary>
    /// Whether a short follow-up with no word pointing back ("how much faster?", "what about accuracy?", "how much did the
    /// training time drop") is still about the paper just shown: its words are the paper's own (all of one or two, all
    /// but one of more), and so is every name it says. "What about speculative decoding?" after GPipe is not: a new
    /// subject the paper does not hold; nor is "how does LoRA-GA initialize adapters?" after PiSSA, whose abstract says
    /// LoRA, initialization and adapters but not LoRA-GA (measured on eval/switches.tsv: 28 -> 30 of 30 with the names);
    /// nor "what is pipeline parallelism?" after GPipe: asking what something is asks in general. The caller keeps broad
    /// questions and requests ("what's new") out, whose words may be any paper's, and papers not shown in its last answer.
    /// </summary>
    public static bool StaysOn(string followUp, string paperText)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        ArgumentNullException.ThrowIfNull(paperText);
        var asked = TextWords.ContentStems(followUp);
        if (asked.Count == 0 || Word().Count(followUp) > ImplicitWords || AsksWhatSomethingIs().IsMatch(followUp))
        {
            return false;
        }

        var held = TextWords.ContentStems(paperText).ToHashSet(StringComparer.Ordinal);
        return asked.Count(held.Contains) >= (asked.Count <= 2 ? asked.Count : asked.Count - 1)
            && Name().Matches(followUp).All(name => SaysName(paperText, name.Value.TrimEnd('.', '+')));
    }

    /// <summary>Whether <paramref name="followUp"/> picks one of the papers shown by date ("the newest of them", "the oldest one").</summary>
    public static bool PicksByDate(string followUp) => Extreme().IsMatch(followUp);

    /// <summary>Whether the text says the name as a word of its own ("LoRA" in "QLoRA" or "LoRA-GA" does not count).</summary>
    private static bool SaysName(string text, string name) =>
        Regex.IsMatch(text, $@"(?<![\w-]){Regex.Escape(name)}(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The follow-up without its reference words, for matching what remains against the papers' text.</summary>
    public static string WithoutReference(string followUp)
    {
        var rest = Singular().Replace(Plural().Replace(Extreme().Replace(Position().Replace(followUp, " "), " "), " "), " ");
        return IsShort(followUp) ? ShortReference().Replace(Continuation().Replace(rest, " "), " ") : rest;
    }

    /// <summary>
    /// One paper pointed at: "it", "that paper", "the authors", a particular asked for alone ("numbers?"), or, in a short
    /// follow-up, a bare "the model" or a continuation ("and the speedup?"). The bare and continuing forms count only in
    /// a few words: a longer question with "the model" in it ("how does the model size change what pruning can do to
    /// accuracy?") is a new question, and answering it from the last papers alone would hide the rest of the corpus.
    /// </summary>
    private static bool IsSingular(string followUp) =>
        Singular().IsMatch(followUp) || TheAuthors().IsMatch(followUp) || Particular().IsMatch(followUp)
        || (IsShort(followUp) && (Continuation().IsMatch(followUp) || ShortReference().IsMatch(followUp)));

    private static bool IsShort(string followUp) => Word().Count(followUp) <= ShortWords;

    private static int IndexOf(string word, int count) => word.ToLowerInvariant() switch
    {
        "first" or "1st" or "top" => 0,
        "second" or "2nd" => 1,
        "third" or "3rd" => 2,
        "fourth" or "4th" => 3,
        "fifth" or "5th" => 4,
        "last" or "final" or "bottom" => count - 1,
        var n when int.TryParse(n, out var number) => number - 1,
        _ => -1,
    };

    [GeneratedRegex(@"\b(?:the\s+)?(?<word>first|1st|top|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final|bottom)\s+(?:one|paper|result|source|link|entry|item|hit)s?\b|\b(?:the\s+)?(?<word>first|second|third|fourth|fifth|last)\s+(?:of\s+(?:them|those|these))\b|(?<own>\[)(?<word>\d{1,2})\]|\b(?<own>source)\s*(?<word>\d{1,2})\b|\b(?:number|result|no\.)\s*(?<word>\d{1,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Position();

    [GeneratedRegex(@"\b(?:(?<new>newest|latest|most\s+recent|youngest)|(?<old>oldest|earliest))\s+(?:one|paper|of\s+(?:them|those|these)|among\s+(?:them|those|these))\b|\b(?:which|what)\s+(?:one\s+|of\s+(?:them|those|these)\s+)(?:is|was|came\s+out)\s+(?:the\s+)?(?:(?<new>newest|latest|most\s+recent)|(?<old>oldest|earliest))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Extreme();

    [GeneratedRegex(@"\b(?:those|these|them|they|both|all\s+of\s+them)\b(?:\s+(?:papers|ones|results))?", RegexOptions.IgnoreCase)]
    private static partial Regex Plural();

    [GeneratedRegex(@"\b(?:(?:that|this|the\s+same)\s+(?:one|paper|work|method|model|approach|system|study|technique|framework|optimizer|algorithm|architecture|dataset|benchmark|attack|defen[cs]e|network|trick|idea|tool)|(?:the|this|that)\s+paper|(?:that|this)\s+way|its|it)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Singular();

    /// <summary>
    /// "The authors" of the paper just shown. Not removed by <see cref="WithoutReference"/>: "who are the authors?" asks
    /// for their names, "did the authors release code?" does not, and what remains has to tell the two apart.
    /// </summary>
    [GeneratedRegex(@"\b(?:the|its|their)\s+authors?\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheAuthors();

    /// <summary>
    /// A follow-up that goes on from the last answer: "and the speedup?", "what about its memory use?", "and on ImageNet?".
    /// Not "and pruning?", a new subject.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:and|so|ok(?:ay)?,?\s+(?:and\s+)?)\s*(?:what\s+about\s+)?|(?:what|how)\s+about\s+)(?=(?:the|its)\s)|and\s+(?=(?:on|for|with|in|at|against|versus|vs\.?|compared\s+(?:to|with)|without)\s))", RegexOptions.IgnoreCase)]
    private static partial Regex Continuation();

    /// <summary>One of a paper's particulars asked for alone ("numbers?", "any results?", "so what's the catch?"): kept as the question's words.</summary>
    [GeneratedRegex(@"^\W*(?:(?:and|so|ok(?:ay)?|any|what(?:['\u2019]?s|\s+(?:is|are|were|was))?|the|its|some|more|key|main)\W+)*(?:numbers?|results?|figures?|speed-?ups?|accuracy|limitations?|catch|downsides?|drawbacks?|weakness(?:es)?|caveats?|datasets?|baselines?|benchmarks?|metrics?|details?|code|cost|memory|latency|throughput|experiments?|evaluation|ablations?|(?:key\s+|main\s+)?(?:idea|takeaways?|contributions?))\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Particular();

    /// <summary>
    /// "the model", "the method", "the researchers", "the study": the paper's own, in a short follow-up ("how big is the
    /// model?"); not "the researchers at DeepMind", nor in a longer question.
    /// </summary>
    [GeneratedRegex(@"\bthe\s+(?:proposed\s+)?(?:model|method|approach|framework|system|technique|algorithm|architecture|researchers|team|study)\b(?!\s+(?:of|for|to|that|which|in|at|from|behind|size|family|families)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ShortReference();

    /// <summary>"What is X?", "explain X": what something is, in general; not "what is the speedup?", which asks about the paper.</summary>
    [GeneratedRegex(@"^\W*(?:what\s+(?:is|are)|what['\u2019]s|define|explain|describe)\s+(?!(?:the|its|their|this|that)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatSomethingIs();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'\u2019\-]*")]
    private static partial Regex Word();

    /// <summary>A name: a word with a capital past its first letter or with a digit ("LoRA-GA", "MoE++", "GPT-4"), or a capitalized word past the start.</summary>
    [GeneratedRegex(@"(?<=\S\s+)[A-Z][\w\-.+]*|\b[\w\-]*(?:[a-z][A-Z]|[A-Z]{2}|\d)[\w\-.+]*", RegexOptions.None)]
    private static partial Regex Name();
}
