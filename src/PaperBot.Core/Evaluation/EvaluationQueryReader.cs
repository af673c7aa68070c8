namespace PaperBot.Core.Evaluation;

/// <summary>
/// Reads an evaluation file: one query a line, <c>question&lt;TAB&gt;expected title</c>, several acceptable titles
/// separated by <c>" | "</c>. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class EvaluationQueryReader
{
    public const string TitleSeparator = " | ";

    /// <exception cref="FormatException">A line has no TAB, no question or no title; the message names the line.</exception>
    public static IReadOnlyList<EvaluationQuery> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var queries = new List<EvaluationQuery>();
        foreach (var (number, line) in DevSetLines.Read(reader))
        {
            var tab = line.IndexOf('\t');
            if (tab < 0)
            {
                throw new FormatException($"line {number}: expected \"question<TAB>expected title\", found no TAB.");
            }

            var question = line[..tab].Trim();
            var titles = line[(tab + 1)..]
                .Split(TitleSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (question.Length == 0 || titles.Length == 0)
            {
                throw new FormatException($"line {number}: both a question and an expected title are needed.");
            }

            queries.Add(new EvaluationQuery(question, titles, number));
        }

        return queries;
    }

    /// <summary>Reads the file at <paramref name="path"/> (UTF-8).</summary>
    public static IReadOnlyList<EvaluationQuery> ReadFile(string path) => DevSetLines.ReadFile(path, Read);
}
