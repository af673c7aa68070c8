using System.Globalization;
using PaperBot.Cli;
using PaperBot.Core.Trends;

namespace PaperBot.Shell;

/// <summary>
/// The shell's <c>/trends TOPIC [MONTHS]</c>: writes the chart as trends-&lt;topic&gt;.png in
/// <paramref name="directory"/> (default: the current folder) and prints its path with the summary.
/// </summary>
internal sealed class ShellTrends(ITopicTrends trends, ITrendChart chart, string? directory = null)
{
    public async Task<string> RunAsync(string argument, CancellationToken cancellationToken)
    {
        var (topic, months) = Split(argument);
        if (topic.Length == 0)
        {
            return ShellCommand.Usage("/trends");
        }

        if (TrendRules.Validate(topic, months) is { } problem)
        {
            return problem + Environment.NewLine;
        }

        var trend = await trends.GetAsync(topic, months, cancellationToken);
        string? path = null;
        if (trend.Total > 0)
        {
            path = Path.GetFullPath(Path.Combine(directory ?? Directory.GetCurrentDirectory(), TrendText.FileName(topic)));
            await File.WriteAllBytesAsync(path, chart.RenderPng(trend), cancellationToken);
        }

        return TrendText.Format(trend, path);
    }

    /// <summary>"LLM inference 6" -> ("LLM inference", 6); a topic without a trailing number takes the default months.</summary>
    internal static (string Topic, int Months) Split(string argument)
    {
        var text = argument.Trim();
        var space = text.LastIndexOf(' ');
        return space > 0 && int.TryParse(text[(space + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var months)
            ? (text[..space].TrimEnd(), months)
            : (text, TrendRules.DefaultMonths);
    }
}
