using System.Text.RegularExpressions;

namespace PaperBot.AI.Offline;

/// <summary>
/// The usual wording of an abstract's parts, shared by the extractive detailed summary and card: a problem
/// ("however", "bottleneck"), a method ("we propose"), results ("outperforms", "84.4%") and limitations ("only
/// works on", "at the cost of"). Picks take the sentence they return, so no sentence serves two parts.
/// </summary>
internal static partial class SummaryCues
{
    /// <summary>The first sentence the cue matches that no part has taken, else <paramref name="fallback"/>.</summary>
    public static int FirstMatching(IReadOnlyList<string> sentences, Regex cue, HashSet<int> used, int fallback = -1) =>
        Pick(Enumerable.Range(0, sentences.Count), sentences, cue, used, fallback);

    /// <summary>The last sentence the cue matches that no part has taken, else <paramref name="fallback"/>.</summary>
    public static int LastMatching(IReadOnlyList<string> sentences, Regex cue, HashSet<int> used, int fallback = -1) =>
        Pick(Enumerable.Range(0, sentences.Count).Reverse(), sentences, cue, used, fallback);

    /// <summary>The first of <paramref name="candidates"/> (sentence indexes, in the order to try) that the cue matches and no part has taken.</summary>
    public static int Pick(IEnumerable<int> candidates, IReadOnlyList<string> sentences, Regex cue, HashSet<int> used, int fallback = -1)
    {
        var index = candidates.FirstOrDefault(i => !used.Contains(i) && cue.IsMatch(sentences[i]), fallback);
        used.Add(index);
        return index;
    }

    [GeneratedRegex(@"\b(?:however|challeng\w*|problem\w*|limit\w*|suffer\w*|costly|expensive|bottleneck\w*|struggl\w*|difficult\w*|lack\w*|remains?|hinder\w*|issue\w*)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Problem();

    [GeneratedRegex(@"\b(?:we\s+(?:propose|introduce|present|design|develop|describe|study)|this\s+(?:paper|work)|our\s+(?:method|approach|framework|model)|in\s+this\s+(?:paper|work))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Method();

    [GeneratedRegex(@"(?:\b(?:experiment\w*|results?|outperform\w*|achiev\w*|improv\w*|speed-?ups?|state-of-the-art|demonstrat\w*|reduc\w*)\b|\d+(?:\.\d+)?\s*(?:%|x\b|×))", RegexOptions.IgnoreCase)]
    public static partial Regex Results();

    /// <summary>A measured number (84.4%, 4x, 3×): the results a reader looks for first.</summary>
    [GeneratedRegex(@"\d+(?:\.\d+)?\s*(?:%|x\b|×)", RegexOptions.IgnoreCase)]
    public static partial Regex Measured();

    /// <summary>
    /// What the work does not do or pays for it. "only" counts except in "not only" and before an amount ("only 4
    /// bits", "only a fraction"), where it boasts rather than concedes.
    /// </summary>
    [GeneratedRegex(@"\b(?:however|limitations?|limited|limits|remains?|remaining|future\s+work|(?<!\bnot\s)only(?!\s+(?:\d|a\s+(?:few|fraction|single)))|does\s+not|do\s+not|cannot|fails?|failures?|challeng\w*|drawbacks?|at\s+the\s+cost\s+of|trade-?offs?|restricted\s+to|yet\s+to|open\s+(?:question|problem)s?)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Limitations();
}
