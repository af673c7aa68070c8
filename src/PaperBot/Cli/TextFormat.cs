using System.Globalization;
using System.Text;
using PaperBot.Core.Chat;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;
using PaperBot.Shards;

namespace PaperBot.Cli;

/// <summary>How results read in a terminal (and in the local shell).</summary>
internal static class TextFormat
{
    /// <param name="ranked">False for lists not ordered by relevance (a day's highlights): no score is shown.</param>
    /// <param name="similarity">For related papers: the score is a similarity (0-1), shown as a percentage.</param>
    public static string Hits(string query, IReadOnlyList<PaperHit> hits, bool ranked = true, bool similarity = false)
    {
        if (hits.Count == 0)
        {
            return $"No papers match \"{query}\". Try fewer or different words.{Environment.NewLine}";
        }

        var text = new StringBuilder();
        for (var i = 0; i < hits.Count; i++)
        {
            var hit = hits[i];
            text.Append(CultureInfo.InvariantCulture, $"{i + 1,2}. {hit.Title}").AppendLine();
            text.Append("    #").Append(hit.Id);
            if (hit.PublishedOn is { } date)
            {
                text.Append(" · ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            if (hit.Upvotes is { } upvotes)
            {
                text.Append(CultureInfo.InvariantCulture, $" · {upvotes} upvotes");
            }

            if (hit.ArxivId is { } arxiv)
            {
                text.Append(" · arXiv:").Append(arxiv);
            }

            if (hit.Categories.Count > 0)
            {
                text.Append(" · ").Append(string.Join(' ', hit.Categories));
            }

            if (similarity)
            {
                text.Append(CultureInfo.InvariantCulture, $" · {Math.Clamp(hit.Score, 0, 1) * 100:0}% similar");
            }
            else if (ranked)
            {
                text.Append(CultureInfo.InvariantCulture, $" · score {hit.Score:0.00}");
            }

            text.AppendLine();
            text.Append("    ").Append(hit.Snippet).AppendLine();
        }

        return text.ToString();
    }

    public static string Related(StoredPaper paper, IReadOnlyList<PaperHit> hits) =>
        $"Related to #{paper.Id} {paper.Paper.Title}:{Environment.NewLine}" + Hits(paper.Paper.Title, hits, similarity: true);

    public static string Paper(StoredPaper stored)
    {
        var p = stored.Paper;
        var text = new StringBuilder();
        text.AppendLine(p.Title);
        text.Append('#').Append(stored.Id);
        AppendIf(text, " · published ", p.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AppendIf(text, " · on Hugging Face daily ", p.DailyDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        AppendIf(text, " · upvotes ", p.Upvotes?.ToString(CultureInfo.InvariantCulture));
        text.AppendLine();
        var authors = p.Authors.Count > 0
            ? string.Join(", ", p.Authors)
            : p.AuthorCount is { } n ? $"{n} authors" : null;
        AppendLineIf(text, "Authors: ", authors);
        AppendLineIf(text, "Organization: ", p.Organization);
        foreach (var (label, url) in new[] { ("arXiv", stored.ArxivUrl), ("PDF", stored.PdfUrl), ("Hugging Face", stored.HuggingFaceUrl), ("Code", p.GithubUrl), ("Project", p.ProjectUrl) })
        {
            AppendLineIf(text, label + ": ", url);
        }

        AppendLineIf(text, "Categories: ", p.Categories.Count > 0 ? string.Join(' ', p.Categories) : null);
        AppendLineIf(text, "Keywords: ", p.Keywords.Count > 0 ? string.Join(", ", p.Keywords) : null);
        AppendLineIf(text, "In short: ", p.SourceSummary);
        text.AppendLine().AppendLine(p.Abstract);
        if (stored.Sources.Count > 0)
        {
            text.AppendLine().Append("Sources: ").AppendLine(string.Join(", ", stored.Sources.Select(Path.GetFileName)));
        }

        return text.ToString();
    }

    /// <param name="shards">The shard reports of bots on this database (see <see cref="ShardReports"/>); none: no shard lines.</param>
    public static string Stats(CorpusStats stats, IReadOnlyList<ShardReport>? shards = null, DateTimeOffset? now = null)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Papers:        {stats.Papers} ({stats.WithArxivId} with an arXiv id)").AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Source files:  {stats.SourceFiles}").AppendLine();
        if (stats.Oldest is { } oldest && stats.Newest is { } newest)
        {
            text.Append(CultureInfo.InvariantCulture, $"Published:     {oldest:yyyy-MM-dd} to {newest:yyyy-MM-dd}").AppendLine();
        }

        text.Append("Semantic index: ").AppendLine(stats.SemanticIndex switch
        {
            null => "off (Ai:LocalEmbeddings is false): search ranks by words",
            { Available: false } index => $"unavailable ({index.Model} failed to load; see the log): search ranks by words",
            var index => string.Create(CultureInfo.InvariantCulture, $"{index.Embedded} of {index.Papers} papers ({index.Model})"),
        });
        text.Append(CultureInfo.InvariantCulture, $"Database:      {stats.DatabasePath} ({stats.DatabaseBytes / 1024.0:0} KiB, schema {stats.SchemaVersion})").AppendLine();
        text.Append(ShardText.Format(shards ?? [], now ?? DateTimeOffset.UtcNow));
        return text.ToString();
    }

    public static string Answer(AssistantAnswer answer)
    {
        var text = new StringBuilder();
        if (answer.Notice is { } notice)
        {
            text.Append('(').Append(notice).AppendLine(")");
        }

        text.AppendLine(answer.Text.TrimEnd());
        AppendCitations(text, answer.Citations);
        return text.ToString();
    }

    public static string Summary(PaperSummary summary)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"#{summary.PaperId} {summary.Title} ({StyleName(summary.Style)}, {(summary.Mode == AnswerMode.Model ? "by the language model" : "extractive, offline")})").AppendLine();
        if (summary.Notice is { } notice)
        {
            text.Append('(').Append(notice).AppendLine(")");
        }

        return text.AppendLine(summary.Text.TrimEnd()).ToString();
    }

    public static string Report(IngestReport report)
    {
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{report.Files} files: {report.Ingested} ingested, {report.Skipped} skipped (already ingested), {report.Failed} failed")
            .AppendLine()
            .Append(CultureInfo.InvariantCulture, $"{report.Entries} entries: {report.New} new papers, {report.Merged} merged into papers already known");
        if (report.FilteredOut > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {report.FilteredOut} filtered out (--categories)");
        }

        if (report.BadEntries > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $", {report.BadEntries} bad lines skipped");
        }

        return text.AppendLine().ToString();
    }

    private static void AppendCitations(StringBuilder text, IReadOnlyList<Citation> citations)
    {
        if (citations.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Sources:");
        for (var i = 0; i < citations.Count; i++)
        {
            var c = citations[i];
            text.Append(CultureInfo.InvariantCulture, $"  [{i + 1}] #{c.Id} {c.Title}");
            if (c.Url is { } url)
            {
                text.Append(' ').Append(url);
            }

            text.AppendLine();
        }
    }

    private static string StyleName(SummaryStyle style) => style switch
    {
        SummaryStyle.TlDr => "tl;dr",
        SummaryStyle.Detailed => "detailed",
        SummaryStyle.Card => "card",
        _ => "for newcomers",
    };

    private static void AppendIf(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(label).Append(value);
        }
    }

    private static void AppendLineIf(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            text.Append(label).AppendLine(value);
        }
    }
}
