namespace PaperBot.Core.Evaluation;

/// <summary>The lines of a dev-set file that hold data, with their line numbers: blank lines and <c>#</c> comments skipped.</summary>
internal static class DevSetLines
{
    public static IEnumerable<(int Number, string Line)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#'))
            {
                yield return (number, line);
            }
        }
    }

    /// <summary>Reads the file at <paramref name="path"/> (UTF-8) with <paramref name="read"/>.</summary>
    public static T ReadFile<T>(string path, Func<TextReader, T> read)
    {
        using var reader = File.OpenText(path);
        return read(reader);
    }
}
