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

    /// <summary><c>--top N</c>, validated to 1..<paramref name="max"/>.</summary>
    public static Option<int> Top(int defaultValue, int max, string what)
    {
        var top = new Option<int>("--top") { Description = $"How many {what} (1-{max}).", DefaultValueFactory = _ => defaultValue };
        top.Validators.Add(r =>
        {
            if (r.GetValue(top) < 1 || r.GetValue(top) > max)
            {
                r.AddError($"--top must be between 1 and {max}.");
            }
        });
        return top;
    }
}
