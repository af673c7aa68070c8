using System.Text.RegularExpressions;
using PaperBot.Core.Chat;
using PaperBot.Core.Summaries;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// Reads what a member wants from the words of the question: summarize, related papers, what is new, search, one
/// paper, or else a question to answer. References to earlier results ("the second one", "more like that", "it")
/// resolve against the papers the conversation was shown last (or the last answer cited), in the order shown.
/// </summary>
internal static partial class IntentRouter
{
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "about", "an", "for", "me", "of", "on", "paper", "papers", "please", "the", "to", ":", ",",
    };

    private static readonly HashSet<string> TrailingFiller = new(StringComparer.Ordinal) { "about", "again", "please", "too" };

    /// <param name="shown">The papers the conversation was shown last, when known; else those the last answer cited.</param>
    public static Intent Route(string question, IReadOnlyList<ConversationTurn> memory, IReadOnlyList<long>? shown = null)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(memory);
        var text = question.Trim();
        var cited = shown is { Count: > 0 }
            ? shown
            : memory.LastOrDefault(t => t.Role == ChatRole.Assistant && t.CitedPaperIds.Count > 0)?.CitedPaperIds ?? [];
        var list = FollowUpResolver.ListOf(cited, memory);

        if (WholeId().IsMatch(text))
        {
            return new Intent(IntentKind.Lookup, text);
        }

        // "card for GPipe", "give me the paper card of the second one": a card is a summary in four parts.
        if (CardRequest().Match(text) is { Success: true } card)
        {
            return Resolve(IntentKind.Summarize, StyleCue().Replace(text[card.Length..], " "), cited, list) with { Style = SummaryStyle.Card };
        }

        if (SummarizeCue().Match(text) is { Success: true } summarize)
        {
            var style = StyleOf(text, otherwise: SummaryStyle.TlDr);
            var target = StyleCue().Replace(text[(summarize.Index + summarize.Length)..], " ");
            return Resolve(IntentKind.Summarize, target, cited, list) with { Style = style };
        }

        // "explain the second one", "tell me about it": a summary, when what follows points at an earlier result.
        if (ExplainCue().Match(text) is { Success: true } explain && IsReference(WithoutFiller(StyleCue().Replace(text[explain.Length..], " "))))
        {
            var style = StyleOf(text, otherwise: SummaryStyle.Newcomer);
            return Resolve(IntentKind.Summarize, StyleCue().Replace(text[explain.Length..], " "), cited, list) with { Style = style };
        }

        if (SimilarCue().Match(text) is { Success: true } similar)
        {
            return Resolve(IntentKind.Similar, SimilarWhat().Replace(text[(similar.Index + similar.Length)..], string.Empty), cited, list);
        }

        if (RecentCue().IsMatch(text))
        {
            var topic = string.Join(' ', TextWords.Words(RecentCue().Replace(text, " ")).Where(w => !TextWords.IsStopWord(w) && !TopicFiller().IsMatch(w)));
            return new Intent(IntentKind.Recent, topic);
        }

        if (SearchCue().Match(text) is { Success: true } search && search.Length < text.Length)
        {
            return new Intent(IntentKind.Search, text[search.Length..].Trim());
        }

        if (LookupCue().Match(text) is { Success: true } lookup && lookup.Length < text.Length)
        {
            return Resolve(IntentKind.Lookup, text[lookup.Length..], cited, list);
        }

        return new Intent(IntentKind.Question, text);
    }

    /// <summary>The paper a target names: an earlier result by position or pronoun, else the text to look up.</summary>
    /// <param name="list">What a place in a list means (<see cref="FollowUpResolver.ListOf"/>): after one paper was shown, the list it came from.</param>
    private static Intent Resolve(IntentKind kind, string target, IReadOnlyList<long> cited, IReadOnlyList<long> list)
    {
        var words = WithoutFiller(target);
        if (words.Length == 0 || Pronoun().IsMatch(words))
        {
            return cited.Count > 0 ? new Intent(kind, words, cited[0]) : new Intent(kind, words) { UnresolvedReference = true };
        }

        if (FollowUpResolver.PicksByDate(words))
        {
            return cited.Count > 0 ? new Intent(kind, words) { ByDate = true } : new Intent(kind, words) { UnresolvedReference = true };
        }

        if (Ordinal().Match(words) is { Success: true } ordinal)
        {
            var index = PositionOf(ordinal.Groups["word"].Success ? ordinal.Groups["word"].Value : ordinal.Groups["n"].Value, list.Count);
            return index >= 0 && index < list.Count
                ? new Intent(kind, words, list[index])
                : new Intent(kind, words) { UnresolvedReference = true };
        }

        return new Intent(kind, words);
    }

    private static SummaryStyle StyleOf(string text, SummaryStyle otherwise) =>
        CardCue().IsMatch(text) ? SummaryStyle.Card
        : DetailedCue().IsMatch(text) ? SummaryStyle.Detailed
        : NewcomerCue().IsMatch(text) ? SummaryStyle.Newcomer
        : otherwise;

    private static bool IsReference(string words) =>
        words.Length == 0 || Pronoun().IsMatch(words) || Ordinal().IsMatch(words) || FollowUpResolver.PicksByDate(words);

    /// <summary>The target without the words around it ("summarize [the paper] GPipe", "similar [to] it [please]").</summary>
    private static string WithoutFiller(string target)
    {
        var rest = target.Trim().TrimEnd('?', '.', '!', ' ');
        while (FirstWord().Match(rest) is { Success: true } first && Filler.Contains(first.Groups["word"].Value.ToLowerInvariant()))
        {
            rest = rest[first.Length..];
        }

        while (LastWord().Match(rest) is { Success: true } last && TrailingFiller.Contains(last.Groups["word"].Value.ToLowerInvariant()))
        {
            rest = rest[..last.Index];
        }

        return rest.Trim();
    }

    private static int PositionOf(string word, int count) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 0,
        "second" or "2nd" => 1,
        "third" or "3rd" => 2,
        "fourth" or "4th" => 3,
        "fifth" or "5th" => 4,
        "last" => count - 1,
        var n when int.TryParse(n, out var number) => number - 1,
        _ => -1,
    };

    [GeneratedRegex(@"^(?:#?\d+|\d{4}\.\d{4,5}(?:v\d+)?|https?://(?:www\.)?(?:arxiv\.org|huggingface\.co)/\S+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WholeId();

    [GeneratedRegex(@"\b(?:summari[sz]e|summary(?:\s+of)?|tl;?dr|sum\s+up|recap)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummarizeCue();

    [GeneratedRegex(@"\b(?:in\s+(?:more\s+)?detail|detailed|in\s+depth|thorough(?:ly)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DetailedCue();

    [GeneratedRegex(@"\b(?:newcomers?|beginners?|novices?|non-?experts?|lay(?:man|person|people)|simple\s+(?:terms|words)|plain\s+(?:english|words|terms)|eli5|like\s+i'?m\s+five)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NewcomerCue();

    /// <summary>A card asked for by name at the start: "card for GPipe", "give me the paper card of it", "a card on the second one".</summary>
    [GeneratedRegex(@"^(?:please\s+)?(?:(?:give|show|make|get)(?:\s+me)?\s+)?(?:(?:an?|the)\s+)?(?:paper\s+)?card\s+(?:for|of|on|about)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CardRequest();

    /// <summary>"as a card", "paper card", "in card form": not a lone "card", which a question about GPUs may hold.</summary>
    [GeneratedRegex(@"\b(?:(?:(?:as|in)\s+(?:an?\s+)?)?(?:paper\s+)?card\s+(?:form(?:at)?|style)|(?:as|in)\s+(?:an?\s+)?(?:paper\s+)?card|paper\s+card)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CardCue();

    [GeneratedRegex(@"\b(?:(?:(?:as|in)\s+(?:an?\s+)?)?(?:paper\s+)?card\s+(?:form(?:at)?|style)|(?:as|in)\s+(?:an?\s+)?(?:paper\s+)?card|paper\s+card|in\s+(?:more\s+)?detail|detailed|in\s+depth|thorough(?:ly)?|for\s+(?:an?\s+)?(?:newcomers?|beginners?|novices?|non-?experts?|lay(?:man|person|people))|in\s+(?:simple|plain)\s+(?:terms|words|english)|eli5|like\s+i'?m\s+five|briefly|quickly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StyleCue();

    [GeneratedRegex(@"^(?:please\s+)?(?:explain|describe|tell\s+me\s+(?:more\s+)?about|what\s+is|what'?s|more\s+on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ExplainCue();

    [GeneratedRegex(@"\b(?:similar(?:\s+to)?|related(?:\s+to)?|more\s+like|(?:papers|ones|work)\s+like|neighbou?rs\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SimilarCue();

    /// <summary>What the related things are called before the paper they relate to: "related [work to] that one", "similar [papers to] it".</summary>
    [GeneratedRegex(@"^\s*(?:(?:work|works|research|papers?|ones|stuff|results)(?:\s+|(?=\W*$)))?(?:to\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex SimilarWhat();

    [GeneratedRegex(@"\b(?:highlights?|what'?s\s+new|recent(?:ly)?|latest|newest|this\s+week|today|trending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecentCue();

    [GeneratedRegex(@"^(?:new|week|day|days|top|list|show|on|about|published|out|ideas?|works?|approach(?:es)?|methods?|techniques?|research|advances?|developments?|progress)$", RegexOptions.IgnoreCase)]
    private static partial Regex TopicFiller();

    [GeneratedRegex(@"^(?:/?search(?:\s+for)?|find(?:\s+me)?(?:\s+(?:some|any))?(?:\s+papers?)?(?:\s+(?:on|about|for))?|look\s+for|papers?\s+(?:on|about)|list\s+papers?(?:\s+(?:on|about))?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SearchCue();

    [GeneratedRegex(@"^(?:/?paper|show(?:\s+me)?(?:\s+the)?\s+paper|open(?:\s+paper)?|look\s+up(?:\s+paper)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LookupCue();

    [GeneratedRegex(@"^(?<word>[^\s:,]+|[:,])[:,]?\s*")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"\s*(?<word>[^\s:,?.!]+)[\s?.!]*$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^(?:it|that|this|them|those|these|(?:that|this|the\s+same)(?:\s+(?:one|paper))?|one)$", RegexOptions.IgnoreCase)]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?<word>first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last)(?:\s+(?:one|paper|result|source|link))?|\[(?<n>\d{1,2})\]|(?:number|result|source|no\.?)\s*(?<n>\d{1,2}))$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();
}
