using System.Text.RegularExpressions;

namespace PaperBot.AI.Offline;

/// <summary>
/// What kind of answer a question asks for, read from its wording: a number ("how much faster", "what accuracy"), a
/// name ("which dataset", "what is it called"), an overview of several approaches ("how can I make X cheaper?", "ways
/// to"), or something abstracts do not hold (authors' names, code, venue).
/// </summary>
internal sealed partial record QuestionShape(bool WantsNumber, bool WantsName, bool IsBroad, BeyondAbstract Beyond)
{
    /// <summary>
    /// The technique a "how can X make Y cheaper?" question asks about ("sparse training" of "how can sparse training make
    /// training cheaper?"), when it is not broad by its asking: such a question is about one paper's method or about a
    /// family of methods, and only the corpus can tell which (<see cref="OverviewComposer"/>).
    /// </summary>
    public string? Technique { get; init; }

    /// <summary>
    /// Whether the question names one thing (a word capitalized past its first, or mixing letters and digits: "GPipe",
    /// "LoRA", "GPT-4"): a broad question about it ("what are ways to speed up GPipe?") is answered from that paper first.
    /// </summary>
    public bool NamesAThing { get; init; }

    public static QuestionShape Of(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var beyond = AuthorsCue().IsMatch(question) ? BeyondAbstract.Authors
            : CodeCue().IsMatch(question) ? BeyondAbstract.Code
            : VenueCue().IsMatch(question) ? BeyondAbstract.Venue
            : BeyondAbstract.None;
        // A question asking for one number, or for what abstracts lack ("how can I get the code?"), is not broad.
        var wantsNumber = NumberCue().IsMatch(question);
        var asksOpenly = !wantsNumber && beyond == BeyondAbstract.None;
        var wantsName = NameCue().IsMatch(question);
        var broad = (BroadCue().IsMatch(question) || AsksWhatTheCorpusHolds(question, wantsName)) && asksOpenly;
        var technique = !broad && asksOpenly && TechniqueAsking().Match(question) is { Success: true } asking
            ? asking.Groups["technique"].Value.Trim()
            : null;
        broad = broad || (technique is null && asksOpenly && AsksAboutKind(question));
        var firstWord = FirstWord().Match(question);
        return new QuestionShape(wantsNumber, wantsName, broad, beyond)
        {
            Technique = technique,
            NamesAThing = NamedThing().IsMatch(question[(firstWord.Index + firstWord.Length)..]),
        };
    }

    /// <summary>
    /// Whether the question asks what the corpus holds on a subject in words that also ask about one paper ("has anyone
    /// applied transformers to weather?" but not "has anyone reproduced GPipe?", nor "which datasets have people used?",
    /// which asks for names).
    /// </summary>
    private static bool AsksWhatTheCorpusHolds(string question, bool wantsName) =>
        !wantsName && CorpusAsking().Match(question) is { Success: true } asking && !NamedThing().IsMatch(question[(asking.Index + asking.Length)..]);

    /// <summary>
    /// Whether the question asks how a kind of thing does something ("how can a small student model learn from a larger
    /// teacher?", "how do vision-language models cope with high-resolution images?") or which kinds do it ("what theories
    /// explain ...?"): many papers answer such a question, unless it names one thing ("how does FlashAttention cut memory
    /// reads?"), a name being a word capitalized mid-sentence or mixing letters and digits (an acronym in capitals, "LLM",
    /// is a kind).
    /// </summary>
    private static bool AsksAboutKind(string question)
    {
        if (KindPlural().IsMatch(question))
        {
            return true;
        }

        return GeneralAsking().Match(question) is { Success: true } asking && !NamedThing().IsMatch(asking.Groups["rest"].Value);
    }

    /// <summary>What a broad question is about: its words without the asking ("how can I", "what are ways to").</summary>
    public static string Topic(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        // "How can neural networks be trained without backprop?": the cue spans the subject, so only its asking goes. In
        // "which curriculum strategies ..." or "which optimizers can ...", the kind asked for is the subject and stays.
        var topic = BroadCue().Replace(KindAsked().Replace(PassiveAsking().Replace(CorpusAsking().Replace(question, " "), "$1 $2"), " ${kind} "), " ");
        topic = Spaces().Replace(Asking().Replace(topic, " "), " ").Trim(' ', '?', '.', '!');
        return topic.Length == 0 ? question : topic;
    }

    /// <summary>Whether a sentence states a quantity: digits, or words such as "twice", "halves", "tenfold", "an order of magnitude".</summary>
    public static bool HasNumber(string sentence) => Quantity().IsMatch(sentence);

    [GeneratedRegex(@"\b(?:how\s+(?:much|many|fast|large|big|long|small|well|accurate|often|far)|by\s+what\s+(?:factor|margin|percentage)|what\s+(?:(?:is|was|are)\s+the\s+)?(?:speed-?ups?|accuracy|score|percentage|fraction|share|ratio|improvement|reduction|gain|number|size|throughput|latency|cost|memory|budget|perplexity|win\s*rate|compression(?:\s+ratio)?|factor|top-?\d)|speed-?up|what\s+\w+\s+(?:rate|accuracy|score))\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberCue();

    [GeneratedRegex(@"\b(?:which|what)\s+(?:\w+\s+)?(?:datasets?|benchmarks?|models?|architectures?|methods?|baselines?|algorithms?|frameworks?|library|libraries|languages?|hardware|gpus?|tasks?|optimizers?|tokenizers?|systems?|tools?)\b|\b(?:called|named|name\s+of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NameCue();

    // "How can I make inference cheaper?" asks for the options; "how can N:M sparsity speed up training?" asks about one.
    // "Papers about X?", "any work on X?", "what's been done with X?", "is anyone comparing X?", "what modifications to X
    // have been proposed?" ask what the corpus holds on a subject: an overview too.
    [GeneratedRegex(@"\b(?:how\s+(?:can|do|could|should|would|might|to)\s+(?:i|we|you|one|people|researchers|teams|practitioners|someone)\b|how\s+to\b|how\s+(?:can|could|should|do|does)\s+[\w\s-]+?\s+be\s+\w+(?:ed|en|t)\b|\bwhich\s+\w+s\s+(?:can|could|should|help|helps|work|are|let|allow|make|reduce|cut|speed|improve|enable|avoid|keep|exist)\b|\bwhich\s+(?:\w+\s+)?(?:approaches|methods|techniques|strategies|ways|ideas|tricks|solutions|alternatives)\b|ways?\s+(?:to|of|for)\b|(?:approaches|methods|techniques|strategies|options|ideas|tricks|directions|alternatives|solutions)\s+(?:to|for|of|on|that)\b|overview|survey|landscape|state\s+of\s+the\s+art|what\s+(?:are|exists?)\s+(?:the\s+|some\s+)?(?:approaches|methods|techniques|ways|options|ideas|strategies|alternatives)|(?:(?:any|some|what)\s+)?(?:papers?|work|research|studies|literature)\s+(?:is\s+there\s+|are\s+there\s+|exists?\s+)?(?:about|on|regarding|into)\b|what(?:'s|\s+has|\s+have)\s+been\s+(?:done|proposed|tried)(?:\s+(?:about|on|with|for|to))?\b|is\s+(?:anyone|anybody)\s+\w+ing\b|what\s+(?:modifications|improvements|variants|extensions|changes)\s+(?:to|of|on)\b|^\s*what\s+helps\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BroadCue();

    // "Is there work where ...", "are there surveys ...", "has anyone applied ...", "which papers ...", "what should I do
    // when ...", "what goes into ...", "what's out there for ...", "what's known about ...": what the corpus holds on a subject, unless the rest
    // names one thing ("has anyone reproduced GPipe?", "which papers cite GPipe?": about that paper).
    [GeneratedRegex(@"\b(?:(?:is|are)\s+there\s+(?:any\s+)?(?:work|research|papers|studies|surveys|benchmarks|methods|approaches|techniques|tricks|ways)|(?:has|have)\s+(?:anyone|anybody|people|researchers)|which\s+papers|what\s+(?:should|can|could)\s+(?:i|we|you|one)\s+do|what\s+goes\s+into|what(?:'s|\u2019s|\s+is)\s+out\s+there|what(?:'s|\u2019s|\s+is)\s+known\s+(?:about|on)|what\s+do\s+we\s+(?:know|understand)\s+about)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CorpusAsking();

    // "How can sparse training make training cheaper?", "how does metadata conditioning accelerate pre-training?": a
    // technique (not a person: "how can I make...") and what it does for the aim.
    [GeneratedRegex(@"^\s*how\s+(?:can|could|does|do|might|would|will)\s+(?!(?:i|we|you|one|people|researchers|teams|practitioners|someone|it|they|this|that|these|those)\b)(?<technique>[\w\s:-]+?)\s+(?:make|makes|help|helps|speed|speeds|reduce|reduces|cut|cuts|lower|lowers|improve|improves|accelerate|accelerates|shrink|shrinks|save|saves|compress|compresses|boost|boosts|enable|enables)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TechniqueAsking();

    // "How can a small student model learn ...", "how do vision-language models cope ...", "how does a network ...", "how
    // is machine learning applied to ...", "can quantum computers be used to ...": not "how can I" (broad already) nor
    // "how does it" (a paper the member saw).
    [GeneratedRegex(@"^\s*(?:how\s+(?:(?:can|could|do|should|might|would|is|are)\s+(?!(?:i|we|you|it|they|this|that|these|those|he|she)\b)|does\s+(?=an?\s))|can\s+(?!(?:i|we|you|it|they|this|that|these|those|he|she)\b))(?<rest>[^?]+)", RegexOptions.IgnoreCase)]
    private static partial Regex GeneralAsking();

    // "What theories explain ...", "what pretraining objectives or inputs help ...": kinds (a plural) that do something.
    [GeneratedRegex(@"^\s*(?:what|which)\s+(?:[\w-]+\s+){0,4}?[\w-]*[a-rt-z]s\s+(?:(?:actually|really|reliably|best|most|usually|typically)\s+)?(?:help|explain|let|allow|make|reduce|cut|speed|improve|enable|avoid|keep|work|scale|handle|address|tackle|compress|accelerate|prevent|mitigate|detect|replace|stabili[sz]e|exist)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KindPlural();

    // "GPipe", "FlashAttention", "LoRA", "Adam", "GPT-4", "Llama2": one thing, named. "LLMs", "CLIP", "3D" are kinds.
    // ("MoE" reads as a name too: such a question gets a plain answer, which names the papers all the same.)
    [GeneratedRegex(@"\b(?:[A-Za-z]*[a-z][A-Z]\w*|[A-Z][a-z]{2,}\w*|[A-Z]{2,}(?!s\b)[a-z]+\w*|[A-Za-z]+-?\d\w*)\b")]
    private static partial Regex NamedThing();

    [GeneratedRegex(@"^\W*\w*")]
    private static partial Regex FirstWord();

    // "which curriculum strategies", "which optimizers can": the kind asked for, kept in the topic.
    [GeneratedRegex(@"\b(?:which|what)\s+(?:(?<kind>[\w-]+)\s+(?:approaches|methods|techniques|strategies|ways|ideas|tricks|solutions|alternatives)\b|(?<kind>[\w-]+s)\s+(?=(?:can|could|should|help|helps|work|let|allow|make|reduce|cut|speed|improve|enable|avoid|keep|exist|replace)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex KindAsked();

    [GeneratedRegex(@"\bhow\s+(?:can|could|should|do|does)\s+([\w\s-]+?)\s+be\s+(\w+(?:ed|en|t))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PassiveAsking();

    [GeneratedRegex(@"^\s*(?:what|which|how|are|is|there|some|the|make|get|any|to|can|could|do|does|should|might|would)\b(?:\s+(?:what|which|how|are|is|there|some|the|make|get|any|to|can|could|do|does|should|might|would)\b)*", RegexOptions.IgnoreCase)]
    private static partial Regex Asking();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    /// <summary>
    /// Asking who wrote it: "who are the authors", "authors of", "tell me the authors", "who wrote", "which lab", or a
    /// question ending on them ("GPipe authors?"). Not "authors" as the subject of something they did ("did the authors
    /// release code?", "which LLMs did the authors use?").
    /// </summary>
    [GeneratedRegex(@"\b(?:who(?:['\u2019]re|\s+(?:are|is|were|was))\s+(?:the\s+|its\s+|their\s+)?(?:authors?|people|researchers|team)|authors?(?:['\u2019]s?)?\s+(?:of|names?|list|behind|affiliations?)|(?:list|name|tell|give|show)\s+(?:me\s+)?(?:the\s+|its\s+|their\s+)?authors?|what\s+authors|how\s+many\s+authors|who\s+(?:wrote|writes|authored)|written\s+by|which\s+(?:lab|labs|university|universities|company|companies|institution|group|team)|affiliat\w*)\b|\bauthors?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorsCue();

    [GeneratedRegex(@"\b(?:code|github|repo(?:sitory)?|open[-\s]?source(?:d)?|weights|checkpoints?|implementation)\b.*\b(?:available|released?|public|download|find|get|out|there)\b|\b(?:is|are)\s+there\s+(?:code|an?\s+implementation|weights)|\bwhere\s+(?:is|are|can\s+i\s+(?:find|get|download))\s+(?:the\s+)?(?:code|weights|checkpoints?|implementation|repo)|\b(?:get|find|download|access|run|release[sd]?|publish(?:es|ed)?|open[-\s]?source[sd]?)\s+(?:the\s+|their\s+|its\s+|any\s+)?(?:code|weights|checkpoints?|implementation|repo(?:sitory)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CodeCue();

    [GeneratedRegex(@"\b(?:which|what)\s+(?:venue|conference|journal|workshop)|\b(?:published|accepted|presented)\s+(?:at|in)\b|\bpeer[-\s]reviewed\b", RegexOptions.IgnoreCase)]
    private static partial Regex VenueCue();

    [GeneratedRegex(@"\d|\b(?:twice|doubl\w*|tripl\w*|halv\w*|half|orders?\s+of\s+magnitude|(?:two|three|four|five|six|seven|eight|nine|ten)[-\s](?:times|fold)|\w+fold)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();
}

/// <summary>A question about what abstracts do not say.</summary>
internal enum BeyondAbstract
{
    None,

    /// <summary>Who wrote it, where they work.</summary>
    Authors,

    /// <summary>Whether code or weights are out, and where.</summary>
    Code,

    /// <summary>Where it was published.</summary>
    Venue,
}
