using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using PaperBot.Core.Papers;

namespace PaperBot.Core.Corpus;

/// <summary>
/// Reads the text of a Hugging Face papers page (copied from the browser): header lines, the page date
/// ("Dec 11"), then entries separated by blank lines: title, abstract, and an optional metadata block
/// ("  • 4 authors" or an organisation line, "·", a date with optional year and upvotes).
/// </summary>
internal sealed partial class PageDumpParser(Utf8LineReader lines, int? configuredYear, int? maxExplicitYear, DateOnly today)
{
    private const int HeaderLineLimit = 40;

    // Titles are at most a couple of hundred characters; a longer "title" is an abstract, so the entries
    // have gone out of step (a title or an abstract is missing) and every later entry would be wrong.
    private const int MaxTitleLength = 400;
    private const string Separator = "·";

    // The organisation line can only be recognised by the "·" after it, so up to two lines go back.
    private readonly Stack<TextLine> _pushedBack = new();

    public async IAsyncEnumerable<ParsedPaper> ParseAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var pageDate = await ReadPageDateAsync(cancellationToken);
        var year = pageDate.Year
            ?? PageYearInference.Resolve(configuredYear, pageDate.Month, pageDate.Day, maxExplicitYear, today);
        var dailyDate = pageDate.ToDate(year);
        while (await ReadEntryAsync(year, dailyDate, cancellationToken) is { } paper)
        {
            yield return paper;
        }
    }

    private async Task<PageDumpDate> ReadPageDateAsync(CancellationToken cancellationToken)
    {
        while (await NextLineAsync(cancellationToken) is { } line && line.Number <= HeaderLineLimit)
        {
            if (PageDumpDate.TryParse(line.Text, out var date) && date.Upvotes is null)
            {
                return date;
            }
        }

        throw new CorpusFormatException(
            $"no page date (a line like 'Dec 11') in the first {HeaderLineLimit} lines: not a Hugging Face papers page dump");
    }

    private async Task<ParsedPaper?> ReadEntryAsync(int year, DateOnly? dailyDate, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (await NextNonBlankAsync(cancellationToken) is not { } title)
        {
            return null;
        }

        EnsureTitle(title);
        var summary = await NextNonBlankAsync(cancellationToken)
            ?? throw new CorpusFormatException(
                $"the entry '{Shorten(title.Text)}' has no abstract: file truncated?", title.Number);
        if (IsMetadataLine(summary.Text))
        {
            throw OutOfStep(summary, $"expected the abstract of '{Shorten(title.Text)}'");
        }

        var metadata = await ReadMetadataAsync(title, cancellationToken);
        var paper = new Paper
        {
            Title = title.Text.Trim(),
            Abstract = summary.Text.Trim(),
            AuthorCount = metadata.AuthorCount,
            Organization = metadata.Organization,
            Upvotes = metadata.Date?.Upvotes,
            PublishedOn = metadata.Date?.ToDate(year),
            DailyDate = dailyDate,
        };
        return new ParsedPaper(paper, title.Number);
    }

    private async Task<PageDumpMetadata> ReadMetadataAsync(TextLine title, CancellationToken cancellationToken)
    {
        if (await NextNonBlankAsync(cancellationToken) is not { } first)
        {
            return PageDumpMetadata.None;
        }

        int? authorCount = null;
        string? organization = null;
        TextLine separator;
        if (TryParseAuthorCount(first.Text, out var count))
        {
            authorCount = count;
            separator = await NextNonBlankAsync(cancellationToken) ?? throw Truncated(first, title);
            if (!IsSeparator(separator.Text))
            {
                throw OutOfStep(separator, $"expected '{Separator}' after the author line {first.Number}");
            }
        }
        else if (IsSeparator(first.Text))
        {
            separator = first;
        }
        else
        {
            var second = await NextLineAsync(cancellationToken);
            if (second is not { } next || !IsSeparator(next.Text))
            {
                // No metadata: "first" is the next entry's title.
                if (second is { } unread)
                {
                    _pushedBack.Push(unread);
                }

                _pushedBack.Push(first);
                return PageDumpMetadata.None;
            }

            organization = DisplayName(first.Text);
            separator = next;
        }

        var dateLine = await NextNonBlankAsync(cancellationToken) ?? throw Truncated(separator, title);
        if (!PageDumpDate.TryParse(dateLine.Text, out var date))
        {
            throw OutOfStep(dateLine, $"expected a date like 'Apr 14' or 'Jul 26, 2022' after '{Separator}'");
        }

        return new PageDumpMetadata(authorCount, organization, date);
    }

    private static void EnsureTitle(TextLine title)
    {
        var text = title.Text.Trim();
        if (text.Length > MaxTitleLength)
        {
            throw new CorpusFormatException(
                $"expected a paper title but found a {text.Length}-character paragraph (two paragraphs in a row?): the page dump is out of step",
                title.Number);
        }

        if (IsMetadataLine(text))
        {
            throw OutOfStep(title, "expected a paper title");
        }
    }

    private static bool IsMetadataLine(string text) => IsSeparator(text) || TryParseAuthorCount(text, out _);

    private static bool IsSeparator(string text) => text.Trim() == Separator;

    private static bool TryParseAuthorCount(string text, out int count)
    {
        var match = AuthorLine().Match(text.Trim());
        count = match.Success ? int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture) : 0;
        return match.Success;
    }

    // "openbmb OpenBMB": the account handle, then the name the page shows.
    private static string DisplayName(string organizationLine)
    {
        var text = organizationLine.Trim();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text : text[(space + 1)..].Trim();
    }

    private static CorpusFormatException OutOfStep(TextLine line, string expectation) =>
        new($"{expectation} but found '{Shorten(line.Text)}': the page dump is out of step", line.Number);

    private static CorpusFormatException Truncated(TextLine last, TextLine title) =>
        new($"the file ends inside the metadata block of '{Shorten(title.Text)}': file truncated?", last.Number);

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 60 ? trimmed : string.Concat(trimmed.AsSpan(0, 60), "…");
    }

    private async ValueTask<TextLine?> NextLineAsync(CancellationToken cancellationToken) =>
        _pushedBack.TryPop(out var line) ? line : await lines.ReadLineAsync(cancellationToken);

    private async ValueTask<TextLine?> NextNonBlankAsync(CancellationToken cancellationToken)
    {
        while (await NextLineAsync(cancellationToken) is { } line)
        {
            if (!line.IsBlank)
            {
                return line;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^•\s*(?<count>\d{1,6})\s+authors?$", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorLine();
}
