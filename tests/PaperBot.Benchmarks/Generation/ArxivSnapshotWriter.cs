using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// Writes papers as lines of an arXiv metadata snapshot (Kaggle's arxiv-metadata-oai-snapshot.json, one JSON object a
/// line, fields in its order): the titles and abstracts of <see cref="PaperTextGenerator"/> for the same index, the
/// abstract wrapped as arXiv stores it, and the rest drawn from the paper's own streams (11 and up, which the page dumps
/// do not use), so any line can be rebuilt alone. Ids are "YYMM.NNNNN", unique: <see cref="PapersPerMonth"/> a month.
/// </summary>
internal sealed class ArxivSnapshotWriter(PaperTextGenerator generator, ulong seed)
{
    public const int PapersPerMonth = 20_000;
    private const int WrapWidth = 76;

    private static readonly DateTime FirstMonth = new(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };
    private static readonly string[] Venues = ["NeurIPS", "ICML", "ICLR", "CVPR", "ACL", "EMNLP", "AAAI", "ICRA"];
    private static readonly string[] Journals = ["IEEE Transactions on Pattern Analysis and Machine Intelligence", "Journal of Machine Learning Research", "Neural Computation", "Pattern Recognition"];

    /// <summary>The arXiv id of paper <paramref name="index"/>: its month, then its number within the month.</summary>
    public static string Id(long index)
    {
        var month = FirstMonth.AddMonths((int)(index / PapersPerMonth));
        return string.Create(CultureInfo.InvariantCulture, $"{month.Year % 100:D2}{month.Month:D2}.{index % PapersPerMonth + 1:D5}");
    }

    /// <summary>Papers <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1, a line each.</summary>
    public void Write(Stream stream, long first, int count)
    {
        using var json = new Utf8JsonWriter(stream, Compact);
        for (var index = first; index < first + count; index++)
        {
            WritePaper(json, index);
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    /// <summary>How arXiv stores an abstract: two leading spaces, lines of at most ~76 characters, a final newline.</summary>
    public static string Wrap(string text)
    {
        var wrapped = new StringBuilder(text.Length + text.Length / 60 + 4).Append("  ");
        var lineLength = 2;
        var first = true;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!first && lineLength + 1 + word.Length > WrapWidth)
            {
                wrapped.Append('\n');
                lineLength = 0;
            }
            else if (!first)
            {
                wrapped.Append(' ');
                lineLength++;
            }

            wrapped.Append(word);
            lineLength += word.Length;
            first = false;
        }

        return wrapped.Append('\n').ToString();
    }

    private void WritePaper(Utf8JsonWriter json, long index)
    {
        var rng = new Rng(Rng.Seed(seed, index, 11));
        var authors = ArxivAuthors.Draw(ref rng);
        var submitter = rng.Chance(0.8) ? authors[0] : authors[rng.Next(authors.Count)];
        json.WriteStartObject();
        json.WriteString("id", Id(index));
        json.WriteString("submitter", $"{submitter.Given} {submitter.Family}");
        json.WriteString("authors", ArxivAuthors.Text(authors, withAnd: rng.Chance(0.5)));
        json.WriteString("title", generator.Title(index));
        json.WriteString("comments", Comments(ref rng));
        json.WriteString("journal-ref", rng.Chance(0.08) ? $"{Journals[rng.Next(Journals.Length)]} {rng.Between(10, 48)} ({rng.Between(2019, 2025)}) {rng.Between(1, 900)}-{rng.Between(901, 2000)}" : null);
        json.WriteString("doi", rng.Chance(0.10) ? $"10.{rng.Between(1000, 1200)}/{rng.Next(int.MaxValue):x8}.{rng.Between(2019, 2025)}" : null);
        json.WriteString("report-no", rng.Chance(0.02) ? $"MIT-CTP/{rng.Between(5000, 5999)}" : null);
        json.WriteString("categories", ArxivCategories.Draw(ref rng));
        json.WriteString("license", License(ref rng));
        json.WriteString("abstract", Wrap(generator.Abstract(index)));
        json.WriteStartArray("versions");
        var created = FirstMonth.AddMonths((int)(index / PapersPerMonth)).AddDays(rng.Next(28)).AddSeconds(rng.Next(86_400));
        var versions = 1 + (rng.Chance(0.35) ? 1 : 0) + (rng.Chance(0.12) ? 1 : 0);
        for (var version = 1; version <= versions; version++)
        {
            created = version == 1 ? created : created.AddDays(rng.Between(3, 200)).AddSeconds(rng.Next(86_400));
            json.WriteStartObject();
            json.WriteString("version", $"v{version}");
            json.WriteString("created", created.ToString("ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("update_date", created.AddDays(rng.Next(4)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteStartArray("authors_parsed");
        foreach (var (given, family) in authors)
        {
            json.WriteStartArray();
            json.WriteStringValue(family);
            json.WriteStringValue(given);
            json.WriteStringValue("");
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static string? Comments(ref Rng rng) => rng.Next(6) switch
    {
        0 or 1 => null,
        2 => $"{rng.Between(6, 40)} pages, {rng.Between(1, 15)} figures",
        3 => $"{rng.Between(6, 40)} pages, {rng.Between(1, 15)} figures, {rng.Between(1, 8)} tables",
        4 => $"Accepted at {Venues[rng.Next(Venues.Length)]} {rng.Between(2019, 2025)}",
        _ => "Preprint. Under review",
    };

    private static string? License(ref Rng rng) => rng.Next(100) switch
    {
        < 58 => "http://arxiv.org/licenses/nonexclusive-distrib/1.0/",
        < 83 => "http://creativecommons.org/licenses/by/4.0/",
        < 88 => "http://creativecommons.org/licenses/by-nc-sa/4.0/",
        < 91 => "http://creativecommons.org/licenses/by-sa/4.0/",
        < 93 => "http://creativecommons.org/publicdomain/zero/1.0/",
        _ => null,
    };
}
