using System.Text;

namespace PaperBot.Core.Corpus;

/// <summary>
/// The cheap first pass of <see cref="PageYearInference"/>: the largest year printed on any entry date.
/// Only the line after each "·" is decoded, so the pass costs little more than reading the bytes.
/// </summary>
internal static class PageDumpYearScanner
{
    public static async Task<int?> FindMaxExplicitYearAsync(Stream stream, CancellationToken cancellationToken)
    {
        var lines = new Utf8LineReader(stream);
        int? max = null;
        var afterSeparator = false;
        while (await lines.ReadAsync(cancellationToken))
        {
            var text = lines.LineBytes[Ascii.Trim(lines.LineBytes)];
            if (text.IsEmpty)
            {
                continue;
            }

            if (afterSeparator && PageDumpDate.TryParse(lines.DecodeLine(), out var date) && date.Year is { } year)
            {
                max = Math.Max(max ?? year, year);
            }

            afterSeparator = text.SequenceEqual("·"u8);
        }

        return max;
    }
}
