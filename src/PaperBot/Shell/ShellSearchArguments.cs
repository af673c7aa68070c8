using PaperBot.Core.Papers;

namespace PaperBot.Shell;

/// <summary>
/// <c>/search [--category CATS] [--since DATE] [--until DATE] WORDS</c>: the filter options, anywhere on the line (as
/// <c>--since 2024</c> or <c>--since=2024</c>), taken out of the words searched for. Same names and values as the CLI.
/// </summary>
internal static class ShellSearchArguments
{
    private static readonly string[] Names = ["--category", "--since", "--until"];

    /// <summary>The words and the filter as typed; or a one-line error for an option without a value.</summary>
    public static (string Query, SearchFilterText Filter, string? Error) Parse(string argument)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var words = new List<string>();
        var tokens = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var equals = token.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? token[..equals] : token;
            if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                words.Add(token);
                continue;
            }

            var value = equals > 0 ? token[(equals + 1)..] : i + 1 < tokens.Length && !tokens[i + 1].StartsWith("--", StringComparison.Ordinal) ? tokens[++i] : "";
            if (value.Length == 0)
            {
                return ("", new SearchFilterText(null, null, null), $"{name.ToLowerInvariant()} needs a value, e.g. {Example(name)}");
            }

            values[name] = value;
        }

        var filter = new SearchFilterText(values.GetValueOrDefault("--category"), values.GetValueOrDefault("--since"), values.GetValueOrDefault("--until"));
        return (string.Join(' ', words), filter, null);
    }

    private static string Example(string name) => name.ToLowerInvariant() switch
    {
        "--category" => "--category cs.CL,cs.LG",
        "--since" => "--since 2024-05",
        _ => "--until 2024-12-31",
    };
}
