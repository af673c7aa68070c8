using System.Globalization;
using System.Text;
using PaperBot.AI.Chat;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.Core.Text;

namespace PaperBot.AI.Offline;

/// <summary>
/// The assistant without a language model: routes the question (<see cref="IntentRouter"/>), then searches, looks up,
/// summarizes, lists related or recent papers, or answers with sentences quoted from the best-matching abstracts.
/// It only ever cites papers the store returned; when nothing matches it says so. Turns are remembered per conversation
/// (<see cref="ConversationMemory"/>).
/// </summary>
internal sealed class OfflineAssistant(
    IPaperSearch search,
    IPaperStore store,
    ISimilarPapers similar,
    IRecentPapers recent,
    ConversationMemory memory,
    ExtractiveSummarizer summarizer,
    AnswerSentences sentences,
    OverviewComposer overviews,
    TimeProvider time) : IAssistant
{
    /// <summary>Papers listed or read per answer: what fits in a chat message.</summary>
    public const int ListSize = 5;

    /// <summary>Relevant papers ranked by date for "the newest on X": enough to find the new ones, few enough to stay on topic.</summary>
    private const int RecentPool = 10;

    private static readonly (int Days, string Period)[] RecentWindows = [(7, "week"), (30, "month"), (365, "year")];

    private const string Help = "Ask me about papers: a question, \"summarize GPipe\", \"papers like #42\" or \"what's new\".";

    public async Task<AssistantAnswer> AskAsync(string? conversationId, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        var prepared = await memory.PrepareAsync(conversationId, question, cancellationToken).ConfigureAwait(false);
        var answer = await AnswerAsync(prepared, cancellationToken).ConfigureAwait(false);
        return await memory.CompleteAsync(prepared, answer, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The offline answer to a prepared question, without remembering it (the caller does, through <see cref="ConversationMemory"/>).</summary>
    public async Task<AssistantAnswer> AnswerAsync(PreparedQuestion question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Text.Length == 0)
        {
            return new AssistantAnswer($"{OfflineText.AnswerLabel}\n{Help}", [], AnswerMode.Offline);
        }

        var shown = question.LastShown;
        var intent = IntentRouter.Route(question.Text, question.History, shown);
        if (intent.Kind is IntentKind.Question or IntentKind.Recent && shown.Count > 0
            && await FollowUpAsync(question, implicitly: intent.Kind == IntentKind.Question, cancellationToken).ConfigureAwait(false) is { } followUp)
        {
            return followUp;
        }

        if (intent.ByDate)
        {
            var picked = await FollowUpPapers.ResolveAsync(intent.Subject, shown, question.History, store, implicitly: false, cancellationToken).ConfigureAwait(false);
            intent = picked.Count > 0 ? intent with { PaperId = picked[0].Id } : intent with { UnresolvedReference = true };
        }

        return intent.UnresolvedReference
            ? new AssistantAnswer($"{OfflineText.AnswerLabel}\nWhich paper do you mean? There are no earlier results in this conversation to refer to: name it by title or id.", [], AnswerMode.Offline)
            : await AnswerAsync(intent, cancellationToken).ConfigureAwait(false);
    }

    private Task<AssistantAnswer> AnswerAsync(Intent intent, CancellationToken cancellationToken) => intent.Kind switch
    {
        IntentKind.Lookup => LookupAsync(intent, cancellationToken),
        IntentKind.Search => SearchAsync(intent.Subject, cancellationToken),
        IntentKind.Summarize => SummarizeAsync(intent, cancellationToken),
        IntentKind.Similar => SimilarAsync(intent, cancellationToken),
        IntentKind.Recent => RecentAsync(intent.Subject, cancellationToken),
        _ => QuestionAsync(intent.Subject, cancellationToken),
    };

    /// <summary>
    /// A question about papers the member just saw ("what speedup does it report?", or, <paramref name="implicitly"/>,
    /// "how much faster?"), answered from those papers.
    /// </summary>
    private async Task<AssistantAnswer?> FollowUpAsync(PreparedQuestion prepared, bool implicitly, CancellationToken cancellationToken)
    {
        var question = prepared.Text;
        var papers = await FollowUpPapers.ResolveAsync(question, prepared.LastShown, prepared.History, store, implicitly, cancellationToken).ConfigureAwait(false);
        var about = papers.Take(ExtractiveAnswerComposer.MaxPapers).ToList();
        var asked = FollowUpResolver.WithoutReference(question);
        return about.Count == 0 ? null : await AnswerFromAsync(asked, QuestionShape.Of(asked), about, cancellationToken).ConfigureAwait(false)
            ?? ExtractiveAnswerComposer.Openings(about);
    }

    private async Task<AssistantAnswer> QuestionAsync(string question, CancellationToken cancellationToken)
    {
        var shape = QuestionShape.Of(question);
        // A broad question in other words than the abstracts' finds too few papers holding half of them for an overview:
        // the closest papers, said as such, rather than a plain answer of one paper or "nothing" when the corpus has several
        // near the subject. (Only when at least three say one of its telling words: a question the corpus knows nothing of
        // gets "nothing".) Three papers where one was cited lowers precision where the corpus says little (on
        // eval/overviews-heldout7.tsv 0.643 -> 0.548, answers citing three 6 -> 10 of 14), but a broad question asks for
        // the options, and the answer says how sure it is.
        var reach = shape.IsBroad && !shape.NamesAThing ? OverviewReach.OnSubjectOrClosest : OverviewReach.OnSubject;
        if ((shape.IsBroad || shape.Technique is not null)
            && await overviews.ComposeAsync(question, cancellationToken, shape.Technique, reach).ConfigureAwait(false) is { } overview)
        {
            return overview;
        }

        var hits = await search.SearchAsync(question, ListSize, cancellationToken).ConfigureAwait(false);
        var papers = new List<StoredPaper>(hits.Count);
        foreach (var hit in hits)
        {
            if (await store.GetAsync(hit.Id, cancellationToken).ConfigureAwait(false) is { } paper)
            {
                papers.Add(paper);
            }
        }

        var relevant = ExtractiveAnswerComposer.Relevant(question, papers);
        // About a named paper ("what are ways to speed up GPipe?", "has anyone reproduced GPipe?"), its own abstract answers
        // first; the closest papers, said as such, when no paper holds the question's words, rather than "nothing" while
        // the corpus has the paper named. (A broad question naming nothing was offered the closest papers above already.)
        if (relevant.Count == 0 && shape.NamesAThing
            && await overviews.ComposeAsync(question, cancellationToken, reach: OverviewReach.Closest).ConfigureAwait(false) is { } closestToNamed)
        {
            return closestToNamed;
        }

        return relevant.Count == 0 ? new AssistantAnswer(OfflineText.Nothing(question), [], AnswerMode.Offline)
            : await AnswerFromAsync(question, shape, relevant, cancellationToken).ConfigureAwait(false)
            ?? new AssistantAnswer(OfflineText.Nothing(question), [], AnswerMode.Offline);
    }

    /// <summary>
    /// The answer from the papers chosen to answer it (best first): what the corpus knows and where to look when the
    /// abstracts cannot say, else the sentences that answer it; <c>null</c> when the question has no words to go by.
    /// </summary>
    private async Task<AssistantAnswer?> AnswerFromAsync(string question, QuestionShape shape, List<StoredPaper> papers, CancellationToken cancellationToken)
    {
        if (shape.Beyond != BeyondAbstract.None)
        {
            return BeyondAbstracts.Answer(shape.Beyond, papers[0]);
        }

        if (TextWords.ContentStems(question).Count == 0)
        {
            return null;
        }

        var scored = await sentences.ScoreAsync(question, shape, papers, cancellationToken).ConfigureAwait(false);
        return ExtractiveAnswerComposer.Compose(shape, scored, papers.Count);
    }

    private async Task<AssistantAnswer> SearchAsync(string words, CancellationToken cancellationToken)
    {
        var hits = await search.SearchAsync(words, ListSize, cancellationToken).ConfigureAwait(false);
        return hits.Count == 0
            ? new AssistantAnswer(OfflineText.Nothing(words), [], AnswerMode.Offline)
            : OfflineText.List($"Papers matching “{OfflineText.Echo(words)}”:", hits);
    }

    private async Task<AssistantAnswer> LookupAsync(Intent intent, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(intent, cancellationToken).ConfigureAwait(false) is not { } paper)
        {
            return NoSuchPaper(intent.Subject);
        }

        var text = new StringBuilder(OfflineText.AnswerLabel).Append('\n').Append(paper.Paper.Title).Append(" [1]");
        if ((paper.Paper.DailyDate ?? paper.Paper.PublishedOn) is { } date)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{date:yyyy-MM-dd}");
            text.Append(paper.Paper.Upvotes is { } upvotes ? string.Create(CultureInfo.InvariantCulture, $", {upvotes} upvotes") : string.Empty);
        }

        text.Append("\n“").Append(Core.Text.SnippetBuilder.Cut(paper.Paper.Abstract, 600)).Append('”');
        var citations = new[] { OfflineText.Cite(paper) };
        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }

    private async Task<AssistantAnswer> SummarizeAsync(Intent intent, CancellationToken cancellationToken)
    {
        var paper = await ResolveAsync(intent, cancellationToken).ConfigureAwait(false);
        var summary = paper is null ? null : await summarizer.SummarizeAsync(paper.Id, intent.Style, cancellationToken).ConfigureAwait(false);
        if (paper is null || summary is null)
        {
            return NoSuchPaper(intent.Subject);
        }

        var text = new StringBuilder(summary.Text).Append(" [1]");
        var citations = new[] { OfflineText.Cite(paper) };
        return new AssistantAnswer(text.ToString(), citations, AnswerMode.Offline);
    }

    private async Task<AssistantAnswer> SimilarAsync(Intent intent, CancellationToken cancellationToken)
    {
        if (await ResolveAsync(intent, cancellationToken).ConfigureAwait(false) is not { } paper)
        {
            return NoSuchPaper(intent.Subject);
        }

        var hits = await similar.FindSimilarAsync(paper.Id, ListSize, cancellationToken).ConfigureAwait(false);
        return hits.Count == 0
            ? new AssistantAnswer($"{OfflineText.AnswerLabel}\nThe corpus has nothing close to “{paper.Paper.Title}” (#{paper.Id}).", [], AnswerMode.Offline)
            : OfflineText.List($"Papers related to “{paper.Paper.Title}” (#{paper.Id}):", hits);
    }

    private async Task<AssistantAnswer> RecentAsync(string topic, CancellationToken cancellationToken)
    {
        var about = topic.Length == 0 ? null : topic;
        if (about is not null)
        {
            // "The newest ideas on X": the papers most relevant to X, newest first. A date window would miss them in a
            // corpus loaded once, and "nothing from the past year" would be wrong while the corpus holds relevant papers.
            var relevant = await DatedAsync(await search.SearchAsync(about, RecentPool, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            if (relevant.Count > 0)
            {
                var newest = relevant.OrderByDescending(h => h.PublishedOn ?? DateOnly.MinValue).Take(ListSize).ToList();
                return OfflineText.List($"The newest papers on “{OfflineText.Echo(about)}” in the corpus, newest first:", newest, withDates: true);
            }
        }

        var on = about is null ? string.Empty : $" on “{OfflineText.Echo(about)}”";
        var stats = await store.GetStatsAsync(cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        // "Recent" is relative to the corpus: one loaded once (like the bundled one) has its own newest day.
        var end = new[] { stats.Newest, stats.LatestDaily }.Max() is { } newestDay && newestDay < today ? newestDay : today;
        foreach (var (days, period) in RecentWindows)
        {
            var hits = await recent.ListAsync(end.AddDays(1 - days), end, about, ListSize, cancellationToken).ConfigureAwait(false);
            if (hits.Count > 0)
            {
                var heading = end == today ? $"The most upvoted papers of the past {period}{on}:" : $"The most upvoted papers of the corpus's last {period} (to {end:yyyy-MM-dd}){on}:";
                return OfflineText.List(heading, await DatedAsync(hits, cancellationToken).ConfigureAwait(false), withDates: true);
            }
        }

        return new AssistantAnswer($"{OfflineText.AnswerLabel}\nThe corpus has nothing dated{on}. Try /search.", [], AnswerMode.Offline);
    }

    /// <summary>The hits with the date a member knows them by: the daily list's day, else the publication date.</summary>
    private async Task<List<PaperHit>> DatedAsync(IReadOnlyList<PaperHit> hits, CancellationToken cancellationToken)
    {
        var dated = new List<PaperHit>(hits.Count);
        foreach (var hit in hits)
        {
            var paper = await store.GetAsync(hit.Id, cancellationToken).ConfigureAwait(false);
            dated.Add(hit with { PublishedOn = paper?.Paper.DailyDate ?? paper?.Paper.PublishedOn ?? hit.PublishedOn });
        }

        return dated;
    }

    private async Task<StoredPaper?> ResolveAsync(Intent intent, CancellationToken cancellationToken) =>
        intent.PaperId is { } id ? await store.GetAsync(id, cancellationToken).ConfigureAwait(false)
        : intent.Subject.Length > 0 ? await store.FindAsync(intent.Subject, cancellationToken).ConfigureAwait(false)
        : null;

    private static AssistantAnswer NoSuchPaper(string subject) => new(
        subject.Length == 0
            ? $"{OfflineText.AnswerLabel}\nWhich paper? Name it by title or id, e.g. \"summarize GPipe\"."
            : $"{OfflineText.AnswerLabel}\nThe corpus has no paper matching “{OfflineText.Echo(subject)}”. Try /search.",
        [],
        AnswerMode.Offline);
}
