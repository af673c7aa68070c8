namespace PaperBot.Core.Evaluation;

/// <summary>
/// Reads a follow-up dev set: one dialog a line, <c>first question&lt;TAB&gt;follow-up&lt;TAB&gt;expected title</c>.
/// Blank lines and lines starting with <c>#</c> are skipped.
/// </summary>
public static class FollowUpDialogReader
{
    /// <exception cref="FormatException">A line does not have exactly three non-empty fields; the message names the line.</exception>
    public static IReadOnlyList<FollowUpDialog> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var dialogs = new List<FollowUpDialog>();
        foreach (var (number, line) in DevSetLines.Read(reader))
        {
            var fields = line.Split('\t', StringSplitOptions.TrimEntries);
            if (fields.Length != 3 || fields.Any(f => f.Length == 0))
            {
                throw new FormatException($"line {number}: expected \"first question<TAB>follow-up<TAB>expected title\".");
            }

            dialogs.Add(new FollowUpDialog(fields[0], fields[1], fields[2], number));
        }

        return dialogs;
    }

    public static IReadOnlyList<FollowUpDialog> ReadFile(string path) => DevSetLines.ReadFile(path, Read);
}
