using System.CommandLine;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary>The ID-OR-TITLE argument several verbs share, and its lookup with the usual "not found" line.</summary>
internal static class PaperArgument
{
    public static Argument<string> Create() =>
        new("id-or-title") { Description = "A PaperBot id (42), an arXiv id or URL, or a title (or its start)." };

    /// <summary>The paper, or null after telling the user on stderr that nothing matched.</summary>
    public static async Task<StoredPaper?> FindAsync(IPaperStore store, string wanted, TextWriter error, CancellationToken cancellationToken)
    {
        var paper = await store.FindAsync(wanted, cancellationToken);
        if (paper is null)
        {
            await error.WriteLineAsync($"paperbot: no paper matches \"{wanted}\": try `search \"{wanted}\"` to see what is there.");
        }

        return paper;
    }
}
