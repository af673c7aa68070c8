using System.Globalization;
using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// The answer to a broad question ("how can I make LLM inference cheaper?"): the papers that answer it, grouped by
/// approach (papers close in meaning share a group, named by the words they share), one line each, every line cited.
/// Papers join when search puts them first or they hold the subject's words, and among those the ones search and the
/// closest sentence agree on are cited, so the overview stays on topic. A question in everyday words is searched in the
/// field's terms too (<see cref="TermGlossary"/>).
/// </summary>
internal sealed class OverviewComposer(IPaperSearch search, IPaperStore store, IMeaningSimilarity meaning, TermGlossary glossary)
{
    /// <summary>Search results considered: broad questions have many answers, ranked loosely.</summary>
    private const int Pool = 15;

    /// <summary>
    /// Papers cited: the few whose best sentence is closest to the question. Past the third, the next papers in a pool
    /// are as often on the subject without the aim as on both (precision on eval/overviews.tsv: 0.81 at three papers,
    /// 0.76 at four, 0.69 at six), so the overview stays short and right.
    /// </summary>
    public const int MaxPapers = 3;

    /// <summary>
    /// Papers on the subject whose sentences are weighed, in search's order: each costs up to three model runs on a new
    /// question (<see cref="ClosestSentence.SentencesWeighed"/>), so eight bound the work to 24 sentences (18 before). With
    /// the agreement of search and closeness (<see cref="RankAgreement"/>) a wider pool helps where closeness alone let a
    /// far-down paper with one close sentence in: precision on the three dev sets 0.792 / 0.750 / 0.611 at six, 0.833 /
    /// 0.750 / 0.611 at eight, 0.854 / 0.708 / 0.611 at ten (and the same at fifteen), but ten cost 30 sentences and
    /// overviews' median ask time rose by 60%, so eight.
    /// </summary>
    private const int SentenceChecked = 8;

    /// <summary>
    /// Search's first places, taken as on the subject without holding its words. On the held-out sets, which ask in other
    /// words than the abstracts (eval/overviews-heldout2..5.tsv), asking the words of every paper cost right papers
    /// search had first; trusting three kept the dev sets' precision (0.833 / 0.750 -> 0.813 / 0.750).
    /// </summary>
    private const int TrustedPlaces = 3;

    /// <summary>Fewer relevant papers than this is not an overview: the question gets a plain answer.</summary>
    public const int MinPapers = 3;

    /// <summary>Papers at least this close in meaning (cosine) share an approach.</summary>
    private const double SameApproach = 0.82;

    private const int LineLength = 170;

    /// <summary>The overview, or <c>null</c> when fewer than <see cref="MinPapers"/> papers answer the question.</summary>
    /// <param name="technique">
    /// The technique a "how can X make Y cheaper?" question names (<see cref="QuestionShape.Technique"/>): the overview is
    /// of that family, and only when at least <see cref="MinPapers"/> papers name it; one paper's method gets a plain answer.
    /// </param>
    /// <param name="reach">
    /// Whether the closest papers may answer, said as such, when fewer than <see cref="MinPapers"/> in the pool hold the
    /// subject's words (<see cref="OverviewReach"/>): from the same search, so a broad question is searched once.
    /// </param>
    public async Task<AssistantAnswer?> ComposeAsync(
        string question, CancellationToken cancellationToken, string? technique = null, OverviewReach reach = OverviewReach.OnSubject)
    {
        var topic = QuestionShape.Topic(question);
        // Asked in everyday words ("a handful of examples"), the question is searched in the field's terms too ("few-shot").
        var terms = glossary.TermsFor(topic);
        var query = terms.Count == 0 ? topic : $"{topic} {string.Join(' ', terms)}";
        var hits = await search.SearchAsync(query, Pool, cancellationToken).ConfigureAwait(false);
        var papers = new List<StoredPaper>(hits.Count);
        foreach (var hit in hits)
        {
            if (await store.GetAsync(hit.Id, cancellationToken).ConfigureAwait(false) is { } paper)
            {
                papers.Add(paper);
            }
        }

        if (technique is not null)
        {
            var named = TextWords.ContentStems(technique);
            papers = [.. papers.Where(p => SubjectWords.Names(named, p))];
            if (papers.Count < MinPapers)
            {
                return null;
            }
        }

        var pool = Read(papers, terms);
        var closest = reach == OverviewReach.Closest;
        var relevant = await RelevantAsync(topic, pool, closest, cancellationToken).ConfigureAwait(false);
        if (relevant.Count < MinPapers && reach == OverviewReach.OnSubjectOrClosest)
        {
            closest = true;
            relevant = await RelevantAsync(topic, pool, closest, cancellationToken).ConfigureAwait(false);
        }

        if (relevant.Count < MinPapers)
        {
            return null;
        }

        var questionStems = TextWords.ContentStems(question).ToHashSet(StringComparer.Ordinal);

        // Each paper's gist names its approach family and is its line: found once.
        var gists = relevant.ToDictionary(p => p.Id, p => Gist(p, questionStems));
        return Write(question, terms, closest, Group(relevant, gists), gists, questionStems);
    }

    /// <summary>
    /// Each paper's words, read once: in order for the glossary terms' phrases (a paper naming the field's term for the
    /// question's phrasing is on the subject though it shares few of its words), and as a set for the subject's words.
    /// </summary>
    private static List<PooledPaper> Read(List<StoredPaper> papers, IReadOnlyList<string> terms)
    {
        var termStems = terms.Select(TextWords.ContentStems).Where(t => t.Count > 0).ToList();
        return [.. papers.Select(p => (Paper: p, Stems: SubjectWords.StemsOf(p)))
            .Select(r => new PooledPaper(r.Paper, termStems.Any(t => SubjectWords.Names(t, r.Stems)), r.Stems.ToHashSet(StringComparer.Ordinal)))];
    }

    /// <summary>A paper of search's pool with its words read: whether it names a glossary term, and its stems.</summary>
    private sealed record PooledPaper(StoredPaper Paper, bool NamesATerm, HashSet<string> Words);

    private async Task<List<StoredPaper>> RelevantAsync(string question, List<PooledPaper> pool, bool closest, CancellationToken cancellationToken)
    {
        var subject = SubjectWords.Of(question);

        // The closest papers must still say something the question names, not only "model" or "training" (nearest by
        // meaning alone, a question the corpus knows nothing of would get three unrelated papers).
        if (closest)
        {
            var telling = SubjectWords.Telling(question);
            pool = [.. pool.Where(r => SubjectWords.HoldsAny(telling, r.Words) || r.NamesATerm)];
        }

        // Whether each paper is on the subject decides both questions below.
        var papers = pool.Select(r => r.Paper).ToList();
        var holds = pool.Select(r => SubjectWords.HoldsMost(subject, r.Words) || r.NamesATerm).ToList();

        // Fewer than three papers on the subject in the whole pool: the corpus has too little for an overview.
        if (closest ? papers.Count < MinPapers : holds.Count(on => on) < MinPapers)
        {
            return [];
        }

        // Search's first few are on the subject by its own judgment, which weighs every word of the abstract and its meaning:
        // a paper saying the question in other words ("curriculum" for "order training examples") comes first there and
        // holds few of the question's words. Further down, the words must be there.
        var onSubject = papers.Where((_, place) => place < TrustedPlaces || holds[place]).Take(SentenceChecked).ToList();
        var closeness = await ClosestSentence.OfAsync(meaning, question, onSubject, cancellationToken).ConfigureAwait(false);
        if (closeness is null)
        {
            return [.. onSubject.Take(MaxPapers)];
        }

        // The aim is said in a sentence, not spread over the abstract, but one close sentence in a paper search puts far down
        // is as often luck: a paper must rank well in both (precision on the dev sets 0.833 / 0.667 / 0.583 by closeness
        // alone over six, 0.729 / 0.750 / 0.556 by search alone, 0.833 / 0.750 / 0.611 by both over eight).
        return [.. RankAgreement.Agreeing(onSubject, p => closeness.GetValueOrDefault(p.Id, double.MinValue), MaxPapers)];
    }

    /// <summary>
    /// Papers in groups of one approach, in order of their best paper: a known technique family named by the title or the
    /// gist, else the first group whose papers are all close in meaning to it (greedily).
    /// </summary>
    private List<(string? Name, List<StoredPaper> Papers)> Group(List<StoredPaper> papers, Dictionary<long, string> gists)
    {
        var groups = new List<(string? Name, List<StoredPaper> Papers)>();
        foreach (var paper in papers)
        {
            var family = ApproachNames.Of(paper.Paper.Title, gists[paper.Id]);
            var home = family is not null
                ? groups.FirstOrDefault(g => g.Name == family)
                : groups.FirstOrDefault(g => g.Name is null && g.Papers.All(other => meaning.BetweenPapers(paper.Id, other.Id) is >= SameApproach));
            if (home.Papers is null)
            {
                groups.Add((family, [paper]));
            }
            else
            {
                home.Papers.Add(paper);
            }
        }

        return groups;
    }

    private static AssistantAnswer Write(
        string question, IReadOnlyList<string> terms, bool closest, List<(string? Name, List<StoredPaper> Papers)> groups,
        Dictionary<long, string> gists, HashSet<string> questionStems)
    {
        var citations = new List<Citation>();
        var count = groups.Sum(g => g.Papers.Count);
        var opening = closest
            ? string.Create(CultureInfo.InvariantCulture, $"Few papers in the corpus say “{OfflineText.Echo(question)}” in its words; the {count} closest")
            : string.Create(CultureInfo.InvariantCulture, $"{count} papers in the corpus answer “{OfflineText.Echo(question)}”");
        var text = new StringBuilder(OfflineText.AnswerLabel).Append('\n').Append(opening)
            // Say how an everyday phrasing was read, so a member can tell why these papers came up and ask again otherwise.
            .Append(terms.Count == 0 ? "" : $" (searched also as {string.Join(", ", terms.Take(4))})")
            .Append(", by approach:");
        var allPapers = groups.SelectMany(g => g.Papers).ToList();
        foreach (var (name, group) in groups)
        {
            text.Append("\n**").Append(name ?? ApproachName(group, allPapers, questionStems)).Append("**");
            foreach (var paper in group)
            {
                citations.Add(OfflineText.Cite(paper));
                text.Append("\n- ").Append(SnippetBuilder.Cut(paper.Paper.Title, 90)).Append(": ")
                    .Append(SnippetBuilder.Cut(gists[paper.Id], LineLength)).Append(" [").Append(citations.Count).Append(']');
            }
        }

        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }

    /// <summary>The sentence of the abstract that says what the paper does: the one sharing most of the question's words past the opening, else the second.</summary>
    private static string Gist(StoredPaper paper, HashSet<string> questionStems)
    {
        var sentences = SnippetBuilder.SplitSentences(paper.Paper.Abstract);
        if (sentences.Count == 0)
        {
            return paper.Paper.Title;
        }

        var proposing = sentences.Select((s, i) => (Text: s, Index: i, Proposes: ProposalCue(s), Shared: TextWords.ContentStems(s).Count(questionStems.Contains)))
            .OrderByDescending(s => s.Proposes).ThenByDescending(s => s.Shared).ThenBy(s => s.Index).First();
        return proposing.Text;
    }

    private static bool ProposalCue(string sentence) =>
        sentence.Contains("we propose", StringComparison.OrdinalIgnoreCase) || sentence.Contains("we introduce", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("we present", StringComparison.OrdinalIgnoreCase) || sentence.Contains("this paper", StringComparison.OrdinalIgnoreCase)
        || sentence.Contains("we develop", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The words a group shares that set it apart: the title word pair most common in the group and least common among
    /// the other papers, leaving out the question's own words. A lone paper is named by its title's lead when it has one.
    /// </summary>
    private static string ApproachName(List<StoredPaper> group, List<StoredPaper> all, HashSet<string> questionStems)
    {
        var phrases = new Dictionary<string, (string Surface, int InGroup, int Elsewhere)>(StringComparer.Ordinal);
        foreach (var paper in all)
        {
            var inGroup = group.Contains(paper);
            foreach (var (key, surface) in Phrases(paper.Paper.Title, questionStems).DistinctBy(p => p.Key))
            {
                var current = phrases.GetValueOrDefault(key, (Surface: surface, InGroup: 0, Elsewhere: 0));
                phrases[key] = inGroup ? (current.Surface, current.InGroup + 1, current.Elsewhere) : (current.Surface, current.InGroup, current.Elsewhere + 1);
            }
        }

        var best = phrases.Values
            .Where(p => p.InGroup > 0)
            .OrderByDescending(p => (p.InGroup / (double)group.Count) - (p.Elsewhere / (double)Math.Max(1, all.Count - group.Count)))
            .ThenByDescending(p => p.Surface.Contains(' ', StringComparison.Ordinal))
            .ThenBy(p => p.Surface, StringComparer.Ordinal)
            .FirstOrDefault();
        if (group.Count == 1 && Lead(group[0].Paper.Title) is { } lead)
        {
            return lead;
        }

        return best.Surface is { Length: > 0 } name ? char.ToUpperInvariant(name[0]) + name[1..] : Lead(group[0].Paper.Title) ?? "Other";
    }

    /// <summary>A title's name before its colon ("GaLore" of "GaLore: Memory-Efficient ..."), when it is short.</summary>
    private static string? Lead(string title)
    {
        var colon = title.IndexOf(':', StringComparison.Ordinal);
        return colon is > 0 and <= 40 ? title[..colon].Trim() : null;
    }

    /// <summary>Pairs of adjacent content words of a title (by stem), with how they read.</summary>
    private static IEnumerable<(string Key, string Surface)> Phrases(string text, HashSet<string> questionStems)
    {
        var words = TextWords.Words(text).Where(w => !TextWords.IsStopWord(w) && !TextWords.IsGeneric(w) && w.Length > 2 && !w.Any(char.IsDigit)).ToList();
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var first = TextWords.Stem(words[i]);
            var second = TextWords.Stem(words[i + 1]);
            if (!questionStems.Contains(first) || !questionStems.Contains(second))
            {
                yield return ($"{first} {second}", $"{words[i]} {words[i + 1]}");
            }
        }
    }
}

/// <summary>Which papers an overview may cite when few in search's pool hold the question's subject.</summary>
internal enum OverviewReach
{
    /// <summary>Only papers on the subject: fewer than <see cref="OverviewComposer.MinPapers"/>, no overview.</summary>
    OnSubject,

    /// <summary>Papers on the subject, else the closest papers that say one of the question's telling words, said as such.</summary>
    OnSubjectOrClosest,

    /// <summary>The closest papers that say one of the question's telling words, said as such.</summary>
    Closest,
}
