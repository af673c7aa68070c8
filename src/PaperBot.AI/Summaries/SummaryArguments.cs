using System.Globalization;
using Microsoft.SemanticKernel;
using PaperBot.Core.Papers;

namespace PaperBot.AI.Summaries;

/// <summary>The variables of the summary and blurb prompts, from a stored paper. Values are untrusted text, encoded by the template.</summary>
internal static class SummaryArguments
{
    private const int MaxAuthors = 12;
    private const string Unknown = "unknown";

    public static KernelArguments For(StoredPaper stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var paper = stored.Paper;
        var authors = paper.Authors.Count > 0
            ? string.Join(", ", paper.Authors.Take(MaxAuthors)) + (paper.Authors.Count > MaxAuthors ? ", et al." : string.Empty)
            : paper.AuthorCount is { } count ? $"{count} authors" : Unknown;
        return new KernelArguments
        {
            ["title"] = paper.Title,
            ["authors"] = authors,
            ["date"] = (paper.PublishedOn ?? paper.DailyDate)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? Unknown,
            ["abstract"] = paper.Abstract,
        };
    }
}
