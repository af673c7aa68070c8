namespace PaperBot.Core.Evaluation;

/// <summary>
/// Reads a fact dev set: one question a line, <c>question&lt;TAB&gt;expected title&lt;TAB&gt;fact</c>, where the fact may
/// list wordings separated by <c>|</c>. Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class FactQuestionReader
{
    /// <exception cref="FormatException">A line does not have three non-empty fields; the message names the line.</exception>
    public static IReadOnlyList<FactQuestion> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var questions = new List<FactQuestion>();
        foreach (var (number, line) in DevSetLines.Read(reader))
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            var facts = fields.Length == 3 ? fields[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
            if (fields.Length != 3 || fields[0].Length == 0 || fields[1].Length == 0 || facts.Length == 0)
            {
                throw new FormatException($"line {number}: expected \"question<TAB>expected title<TAB>fact\" (wordings of the fact separated by \" | \").");
            }

            questions.Add(new FactQuestion(fields[0], fields[1], facts, number));
        }

        return questions;
    }

    public static IReadOnlyList<FactQuestion> ReadFile(string path) => DevSetLines.ReadFile(path, Read);
}
