using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperBot.Benchmarks.Ingest;

namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// Checks the arXiv snapshot generator before a run uses it (the benchmark has no test project): the same bytes twice,
/// every line one valid JSON object with every field of the snapshot and the right types, unique ids across a month
/// boundary, 1-4 known categories, arXiv's abstract wrapping, the page dumps' titles and abstracts, and the baseline's
/// reader reading them back. Throws <see cref="InvalidOperationException"/> naming the first fault.
/// </summary>
internal static partial class SnapshotSelfCheck
{
    private const int MaxLineLength = 80;
    private static readonly string[] Optional = ["comments", "journal-ref", "doi", "report-no", "license"];
    private static readonly HashSet<string> KnownCategories = ArxivCategories.Weighted.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>Checks papers 0-149 and 19,990-20,009 (a month boundary of the ids).</summary>
    public static void Run(PaperTextGenerator generator, ArxivSnapshotWriter writer)
    {
        long[] ranges = [0, 150, ArxivSnapshotWriter.PapersPerMonth - 10, 20];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < ranges.Length; r += 2)
        {
            var (first, count) = (ranges[r], (int)ranges[r + 1]);
            var bytes = Write(writer, first, count);
            Require(bytes.AsSpan().SequenceEqual(Write(writer, first, count)), first, "two writes of the same papers differ");
            var lines = Encoding.UTF8.GetString(bytes).Split('\n');
            Require(lines.Length == count + 1 && lines[^1].Length == 0, first, $"{lines.Length - 1} lines for {count} papers, or no final newline");
            for (var i = 0; i < count; i++)
            {
                CheckLine(lines[i], first + i, generator, ids);
            }

            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
            var baseline = new BaselineSnapshotReader(reader);
            for (var i = 0; i < count; i++)
            {
                var entry = baseline.Next();
                Require(entry is not null && entry.Title == generator.Title(first + i) && entry.Abstract == generator.Abstract(first + i), first + i, "the baseline's reader read another title or abstract");
            }

            Require(baseline.Next() is null, first + count, "the baseline's reader read past the last paper");
        }
    }

    private static byte[] Write(ArxivSnapshotWriter writer, long first, int count)
    {
        using var stream = new MemoryStream();
        writer.Write(stream, first, count);
        return stream.ToArray();
    }

    private static void CheckLine(string line, long index, PaperTextGenerator generator, HashSet<string> ids)
    {
        using var document = JsonDocument.Parse(line);
        var paper = document.RootElement;
        var id = Text(paper, "id", index);
        Require(IdPattern().IsMatch(id) && ids.Add(id) && id == ArxivSnapshotWriter.Id(index), index, $"id '{id}' is malformed or not unique");
        Require(Text(paper, "submitter", index).Length > 0 && Text(paper, "authors", index).Length > 0, index, "no submitter or authors");
        Require(Text(paper, "title", index) == generator.Title(index), index, "the title is not the page dump's");
        foreach (var name in Optional)
        {
            Require(paper.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.Null or JsonValueKind.String, index, $"'{name}' is missing or neither null nor text");
        }

        var categories = Text(paper, "categories", index).Split(' ');
        Require(categories.Length is >= 1 and <= 4 && categories.All(KnownCategories.Contains) && categories.Distinct().Count() == categories.Length, index, "categories are not 1-4 distinct known ones");

        var summary = Text(paper, "abstract", index);
        Require(summary.StartsWith("  ", StringComparison.Ordinal) && summary.EndsWith('\n') && summary.Split('\n').All(l => l.Length <= MaxLineLength), index, "the abstract is not wrapped as arXiv wraps it");
        Require(BaselineSnapshotReader.Unwrap(summary) == generator.Abstract(index), index, "the abstract is not the page dump's");

        var versions = Property(paper, "versions", JsonValueKind.Array, index);
        Require(versions.GetArrayLength() is >= 1 and <= 3, index, "not 1-3 versions");
        var number = 0;
        foreach (var version in versions.EnumerateArray())
        {
            number++;
            Require(Text(version, "version", index) == $"v{number}", index, "versions are not v1, v2, ...");
            Require(DateTime.TryParseExact(Text(version, "created", index), "ddd, d MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), index, "a version's 'created' is not like 'Mon, 2 Apr 2007 19:18:42 GMT'");
        }

        Require(DateOnly.TryParseExact(Text(paper, "update_date", index), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), index, "update_date is not yyyy-MM-dd");
        var parsed = Property(paper, "authors_parsed", JsonValueKind.Array, index);
        Require(parsed.GetArrayLength() >= 1 && parsed.EnumerateArray().All(a => a.ValueKind == JsonValueKind.Array && a.GetArrayLength() == 3), index, "authors_parsed is not a list of [last, first, suffix]");
    }

    private static string Text(JsonElement element, string name, long index) =>
        Property(element, name, JsonValueKind.String, index).GetString()!;

    private static JsonElement Property(JsonElement element, string name, JsonValueKind kind, long index)
    {
        Require(element.TryGetProperty(name, out var value) && value.ValueKind == kind, index, $"'{name}' is missing or not {kind}");
        return value;
    }

    private static void Require(bool condition, long index, string fault)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"the arXiv snapshot generator failed its self-check at paper {index}: {fault}");
        }
    }

    [GeneratedRegex(@"^\d{4}\.\d{5}$")]
    private static partial Regex IdPattern();
}
