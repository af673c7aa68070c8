using System.CommandLine;
using PaperBot.Hosting;

namespace PaperBot.Cli;

/// <summary>Options every verb accepts.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Database { get; } = new("--db")
    {
        Description = "The SQLite database file (default: paperbot.db in your user data folder; created on demand).",
        HelpName = "FILE",
        Recursive = true,
    };

    public Option<int?> PageYear { get; } = new("--page-year")
    {
        Description = "The year of page-dump dates written without one (default: inferred from each file, see README).",
        HelpName = "YEAR",
        Recursive = true,
    };

    public void AddTo(Command root)
    {
        root.Options.Add(Database);
        root.Options.Add(PageYear);
    }

    public CliOverrides Read(ParseResult parse, bool oneShot) => new(parse.GetValue(Database), parse.GetValue(PageYear), oneShot);

    public static Option<bool> Json() => new("--json") { Description = "Print the result as JSON." };
}
