using PaperBot.Core.Corpus;

namespace PaperBot.Benchmarks.Ingest;

/// <summary>
/// Whether this build of PaperBot reads a generated file: its reader (format sniffing included) must give the first
/// paper's title. Run before the ingest comparison, so a format PaperBot cannot read yet stops the run with one line
/// instead of timing an ingest of nonsense.
/// </summary>
internal static class PaperBotFormatProbe
{
    /// <summary>Null when PaperBot reads <paramref name="file"/>'s first paper as <paramref name="firstTitle"/>; otherwise why not.</summary>
    public static async Task<string?> WhyUnreadableAsync(string file, string firstTitle, CancellationToken cancellationToken)
    {
        var reader = new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System);
        await using var stream = File.OpenRead(file);
        try
        {
            await foreach (var parsed in reader.ReadAsync(stream, file, cancellationToken))
            {
                var title = OneLine(parsed.Paper.Title);
                return title == OneLine(firstTitle) ? null : $"its reader took '{Cut(title)}' for the first title, not '{Cut(firstTitle)}'";
            }

            return "its reader found no paper in it";
        }
        catch (CorpusFormatException unreadable)
        {
            return "its reader: " + OneLine(unreadable.Message);
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Cut(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
