using System.Runtime.CompilerServices;
using System.Text.Json;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Reads Hugging Face papers API JSON: a <c>/api/daily_papers</c> array (streamed item by item), an array
/// of bare papers, or a single <c>/api/papers/{id}</c> object. Entries carry line 1: the serializer does
/// not report where an item starts, only where an error is.
/// </summary>
internal static class HuggingFaceJsonParser
{
    private const string ExpectedShape = "expected a Hugging Face /api/daily_papers array or /api/papers/{id} object";

    public static async IAsyncEnumerable<ParsedPaper> ParseAsync(
        Stream stream, bool isArray, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!isArray)
        {
            var single = await DeserializeObjectAsync(stream, cancellationToken);
            yield return new ParsedPaper(Map(single, "the JSON object"), 1);
            yield break;
        }

        var items = JsonSerializer.DeserializeAsyncEnumerable(stream, HfJsonContext.Default.HfPaperDto, cancellationToken);
        await using var enumerator = items.GetAsyncEnumerator(cancellationToken);
        var index = 0;
        while (await MoveNextAsync(enumerator))
        {
            index++;
            yield return new ParsedPaper(Map(enumerator.Current, $"item {index} of the JSON array"), 1);
        }
    }

    private static async Task<HfPaperDto?> DeserializeObjectAsync(Stream stream, CancellationToken cancellationToken)
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, HfJsonContext.Default.HfPaperDto, cancellationToken);
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }
    }

    // An iterator cannot yield inside try/catch, so each step is taken here.
    private static async ValueTask<bool> MoveNextAsync(IAsyncEnumerator<HfPaperDto?> enumerator)
    {
        try
        {
            return await enumerator.MoveNextAsync();
        }
        catch (JsonException ex)
        {
            throw Wrap(ex);
        }
    }

    private static CorpusFormatException Wrap(JsonException ex)
    {
        var line = (int)(ex.LineNumber ?? 0) + 1;

        // The reader's own errors (bad syntax, early end) come wrapped; type mismatches do not. The
        // serializer appends its 0-based position and our DTO names, which would only confuse.
        if (ex.InnerException is JsonException)
        {
            var reason = ex.Message.Split(" Path: ", 2)[0].Split('\n', 2)[0].Trim();
            return new CorpusFormatException($"not valid JSON (file truncated?): {reason}", line, ex);
        }

        return new CorpusFormatException($"the value at {ex.Path ?? "$"} has the wrong type: {ExpectedShape}", line, ex);
    }

    private static Paper Map(HfPaperDto? item, string what)
    {
        if (item is null)
        {
            throw new CorpusFormatException($"{what} is null: {ExpectedShape}");
        }

        // A daily item repeats title, summary and organisation outside its paper; the paper's own win.
        var paper = item.Paper ?? item;
        var title = TextWhitespace.Collapse(paper.Title ?? item.Title);
        if (title.Length == 0)
        {
            throw new CorpusFormatException($"{what} has no \"title\": {ExpectedShape}");
        }

        var summary = TextWhitespace.Collapse(paper.Summary ?? item.Summary);
        if (summary.Length == 0)
        {
            throw new CorpusFormatException($"{what} (\"{title}\") has no \"summary\": {ExpectedShape}");
        }

        var organization = paper.Organization ?? item.Organization;
        return new Paper
        {
            Title = title,
            Abstract = summary,
            ArxivId = ArxivIds.Normalize(paper.Id),
            Authors = paper.Authors?.Select(a => TextWhitespace.Collapse(a?.Name)).Where(n => n.Length > 0).ToArray() ?? [],
            AuthorCount = paper.Authors?.Count,
            PublishedOn = UtcDate(paper.PublishedAt),
            DailyDate = UtcDate(paper.SubmittedOnDailyAt),
            Upvotes = paper.Upvotes,
            GithubUrl = TextWhitespace.CollapseOrNull(paper.GithubRepo),
            ProjectUrl = TextWhitespace.CollapseOrNull(paper.ProjectPage),
            SourceSummary = TextWhitespace.CollapseOrNull(paper.AiSummary),
            Keywords = paper.AiKeywords?.Select(TextWhitespace.Collapse).Where(k => k.Length > 0).ToArray() ?? [],
            Organization = TextWhitespace.CollapseOrNull(organization?.Fullname) ?? TextWhitespace.CollapseOrNull(organization?.Name),
        };
    }

    private static DateOnly? UtcDate(DateTimeOffset? value) =>
        value is { } instant ? DateOnly.FromDateTime(instant.UtcDateTime) : null;
}
