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
    public static int Pick(IEnumerable<int> candidates, IReadOnlyList<string> sentences, Regex cue, HashSet<int> used, int fallback = -1) =>
        Pick(candidates, i => cue.IsMatch(sentences[i]), used, fallback);

    /// <summary>The first of <paramref name="candidates"/> that <paramref name="fits"/> and no part has taken.</summary>
    public static int Pick(IEnumerable<int> candidates, Func<int, bool> fits, HashSet<int> used, int fallback = -1)
    {
        var index = candidates.FirstOrDefault(i => !used.Contains(i) && fits(i), fallback);
        used.Add(index);
        return index;
    }

    /// <summary>
    /// Whether a sentence concedes a limit of the paper's own work. Abstracts name shortcomings mostly to set up what
    /// they overcome: one of earlier work ("unlike previous methods"), or one that the sentence itself or the next
    /// claims to address, is the problem, not a limitation.
    /// </summary>
    public static bool IsOwnLimitation(IReadOnlyList<string> sentences, int index) =>
        Limitations().IsMatch(sentences[index])
        && !EarlierWork().IsMatch(sentences[index])
        && !Remedy().IsMatch(sentences[index])
        && (index + 1 == sentences.Count || !Remedy().IsMatch(sentences[index + 1]));

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
    /// What the work does not do or pays for it. "however" counts when it turns to the paper's own work ("however, our
    /// method"; elsewhere it mostly turns to the problem). "only" counts where it concedes ("only supports", "can only"), not
    /// where it boasts ("only 4 bits", "using only low-precision weights"); "does not" where something fails ("does
    /// not generalize"), not where it is spared ("does not require"); "limited" where it bounds ("limited to English"),
    /// not where it describes ("limited data").
    /// </summary>
    [GeneratedRegex(@"\b(?:however,?\s+(?:our|this|the\s+proposed|we)\b|limitations?|limited\s+(?:to|by|in)|(?:remains?|remaining)\s+(?:an?\s+)?(?:open|challeng\w*|unclear|unsolved|difficult|limited|costly|expensive|to\s+be)|future\s+work|left\s+(?:for|to)\s+future|(?:can|could)\s+only|(?<!\bnot\s)only\s+(?:works?|appl\w*|supports?|handles?|considers?|evaluat\w*|test\w*|stud\w*|focus\w*|covers?|marginal\w*|modest\w*)|(?:(?:does|do|did|can)\s*not|cannot)\s+(?:yet\s+)?(?:generali[sz]e|scale|transfer|handle|support|apply|capture|guarantee|account|extend|cover|match|reach|work)\w*|fails?\s+to|drawbacks?|at\s+the\s+(?:cost|expense)\s+of|restricted\s+to|yet\s+to\s+be|open\s+(?:questions?|problems?|challenges?))\b", RegexOptions.IgnoreCase)]
    public static partial Regex Limitations();

    /// <summary>Words that speak of earlier work rather than the paper's own.</summary>
    [GeneratedRegex(@"\b(?:unlike|contrary\s+to|in\s+contrast|previous(?:ly)?|prior|existing|conventional(?:ly)?|traditional(?:ly)?|(?:current|state-of-the-art)\s+(?:methods|approaches|models|implementations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierWork();

    /// <summary>A claim to overcome a shortcoming: "to address this", "overcomes", "we propose".</summary>
    [GeneratedRegex(@"\b(?:overcom\w*|address\w*|tackl\w*|solv\w*|mitigat\w*|alleviat\w*|remed\w*|resolv\w*|circumvent\w*|bridg\w*|we\s+(?:propose|introduce|present))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Remedy();
}
