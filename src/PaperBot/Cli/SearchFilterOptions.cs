using System.CommandLine;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary><c>--category</c>, <c>--since</c> and <c>--until</c>: what a search is narrowed to (checked by SearchFilterRules).</summary>
internal sealed class SearchFilterOptions
{
    public Option<string?> Category { get; } = new("--category")
    {
        Description = "Only papers in these arXiv categories (any of them), e.g. cs.CL,cs.LG; cs. means every cs category.",
        HelpName = "CATS",
    };

    public Option<string?> Since { get; } = new("--since")
    {
        Description = "Only papers published on or after this day: 2024-05-01, 2024-05 (its first day) or 2024.",
        HelpName = "DATE",
    };

    public Option<string?> Until { get; } = new("--until")
    {
        Description = "Only papers published on or before this day: 2024-12-31, 2024-12 (its last day) or 2024.",
        HelpName = "DATE",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Category);
        command.Options.Add(Since);
        command.Options.Add(Until);
    }

    public SearchFilterText Read(ParseResult parse) => new(parse.GetValue(Category), parse.GetValue(Since), parse.GetValue(Until));
}
