using System.Globalization;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// The least a program must do to read the generated page dumps: lines from a <see cref="StreamReader"/>, split by
/// the known layout, with no validation, no year inference (the page year is given) and no content hash.
/// </summary>
internal sealed class BaselineReader(StreamReader reader, int pageYear) : IBaselineReader
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private readonly Stack<(int Number, string Text)> _pushedBack = new();
    private int _lineNumber;

    /// <summary>The page date as stored (yyyy-MM-dd), once <see cref="ReadHeader"/> has found it.</summary>
    public string? DailyDate { get; private set; }

    public void ReadHeader()
    {
        while (NextLine() is { } line)
        {
            if (TryParseDate(line.Text, pageYear, out var date, out _))
            {
                DailyDate = date;
                return;
            }
        }

        throw new InvalidDataException("no page date");
    }

    public BaselineEntry? Next()
    {
        if (NextNonBlank() is not { } title || NextNonBlank() is not { } summary)
        {
            return null;
        }

        long? authors = null;
        string? organization = null;
        string? published = null;
        long? upvotes = null;
        if (NextNonBlank() is { } first)
        {
            var text = first.Text.Trim();
            var hasMetadata = true;
            if (text.StartsWith('•'))
            {
                authors = long.Parse(text.AsSpan(1).Trim().ToString().Split(' ')[0], CultureInfo.InvariantCulture);
                NextNonBlank();
            }
            else if (text != "·")
            {
                var second = NextLine();
                if (second is { } next && next.Text.Trim() == "·")
                {
                    var space = text.IndexOf(' ', StringComparison.Ordinal);
                    organization = space < 0 ? text : text[(space + 1)..].Trim();
                }
                else
                {
                    // No metadata: that line was the next title.
                    if (second is { } unread)
                    {
                        _pushedBack.Push(unread);
                    }

                    _pushedBack.Push(first);
                    hasMetadata = false;
                }
            }

            if (hasMetadata && NextNonBlank() is { } dateLine && TryParseDate(dateLine.Text, pageYear, out var date, out var votes))
            {
                published = date;
                upvotes = votes;
            }
        }

        return new BaselineEntry(title.Number, title.Text.Trim(), summary.Text.Trim(), authors, organization, upvotes, published);
    }

    /// <summary>"Jul 26", "Jul 26, 2022", "Apr 14 2", "Nov 27, 2024 2" as yyyy-MM-dd and upvotes.</summary>
    private static bool TryParseDate(string text, int pageYear, out string? date, out long? upvotes)
    {
        date = null;
        upvotes = null;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var month = parts.Length is >= 2 and <= 4 ? Array.IndexOf(MonthNames, parts[0]) + 1 : 0;
        if (month == 0 || !int.TryParse(parts[1].TrimEnd(','), NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return false;
        }

        var year = pageYear;
        var rest = 2;
        if (parts[1].EndsWith(','))
        {
            year = int.Parse(parts[2], CultureInfo.InvariantCulture);
            rest = 3;
        }

        if (parts.Length > rest)
        {
            upvotes = long.Parse(parts[rest], CultureInfo.InvariantCulture);
        }

        date = string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}");
        return true;
    }

    private (int Number, string Text)? NextLine()
    {
        if (_pushedBack.TryPop(out var line))
        {
            return line;
        }

        return reader.ReadLine() is { } text ? (++_lineNumber, text) : null;
    }

    private (int Number, string Text)? NextNonBlank()
    {
        while (NextLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line.Text))
            {
                return line;
            }
        }

        return null;
    }
}
