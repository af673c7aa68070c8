using PaperBot.Core.Summaries;

namespace PaperBot.Shell;

/// <summary>How a shell line splits into a command and its argument, and the help and usage texts.</summary>
internal static class ShellCommand
{
    public static readonly string Help = string.Join(Environment.NewLine,
        "Commands:",
        "  /search WORDS [--category CATS] [--since DATE] [--until DATE]",
        "                                       papers matching the words (\"a phrase\", prefix*, a OR b), only in arXiv",
        "                                       categories CATS (cs.CL,cs.LG; cs. = all of cs) and published in the range",
        "                                       (DATE: 2024-05-01, 2024-05 or 2024; a month or year counts whole)",
        "  /paper ID-OR-TITLE                   one paper: metadata, links, abstract",
        "  /summarize [tldr|detailed|newcomer|card] ID-OR-TITLE",
        "  /similar ID-OR-TITLE                 related papers",
        "  /highlights [YYYY-MM-DD] [TOPIC]     what a daily highlights post would hold (default: the newest daily list)",
        "  /subscribe CHANNEL_ID HH:MM ZONE [COUNT] [TOPIC] [--skip-empty]",
        "                                       post a channel's highlights daily at that time (ZONE: IANA, e.g. Europe/Berlin)",
        "  /unsubscribe CHANNEL_ID [TOPIC]      stop them (only the one on TOPIC when given)",
        "  /subscriptions                       the subscriptions, with any pause reason",
        "  /trends TOPIC [MONTHS]               papers on TOPIC per month (default 12): writes trends-TOPIC.png here",
        "  /save ID-OR-TITLE [#TAG...] [NOTE]   save a paper to your library, with tags and a note",
        "  /library [TAG]                       your saved papers, newest first (only those with TAG when given)",
        "  /follow author NAME|topic WORDS [--daily]   follow (stored and listed only: the shell can't DM)",
        "  /follow list|resume, /unfollow TEXT  your follows; stop one",
        "  /foryou [COUNT]                      papers close to your saved papers, with why",
        "  /ask QUESTION                        a question (or just type it)",
        "  /export FORMAT [TAG]                 your saved papers as papers.bib/.ris/.json/.md in this folder",
        "  /stats                               what the database holds",
        "  /help, /quit",
        "Anything else is a question: the answer cites the papers it used, and follow-ups remember the conversation.",
        string.Empty);

    private static readonly Dictionary<string, string> Usages = new()
    {
        ["/search"] = "/search WORDS [--category CATS] [--since DATE] [--until DATE]   e.g. /search flash attention --category cs.LG --since 2024",
        ["/paper"] = "/paper ID-OR-TITLE   e.g. /paper 12, /paper 2002.00741 or /paper GPipe",
        ["/summarize"] = "/summarize [tldr|detailed|newcomer|card] ID-OR-TITLE   e.g. /summarize card GPipe",
        ["/similar"] = "/similar ID-OR-TITLE   e.g. /similar GPipe",
        ["/subscribe"] = "/subscribe CHANNEL_ID HH:MM ZONE [COUNT] [TOPIC] [--skip-empty]   e.g. /subscribe 1234567890 09:00 Europe/Berlin 5 diffusion",
        ["/unsubscribe"] = "/unsubscribe CHANNEL_ID [TOPIC]   e.g. /unsubscribe 1234567890 diffusion",
        ["/trends"] = "/trends TOPIC [MONTHS]   e.g. /trends LLM inference 6",
        ["/save"] = "/save ID-OR-TITLE [#TAG...] [NOTE]   e.g. /save GPipe #pipeline #to-read compare with PipeDream",
        ["/follow"] = "/follow author NAME [--daily] | /follow topic WORDS [--daily] | /follow list | /follow resume   e.g. /follow topic diffusion",
        ["/unfollow"] = "/unfollow TEXT-OR-ID   e.g. /unfollow diffusion",
        ["/ask"] = "/ask QUESTION   e.g. /ask how can I train a model that does not fit on one GPU?",
    };

    public static string Usage(string command) => $"Usage: {Usages[command]}{Environment.NewLine}";

    /// <summary>"/paper GPipe" -> ("/paper", "GPipe"); free text -> (null, text).</summary>
    public static (string? Command, string Argument) Split(string text)
    {
        if (!text.StartsWith('/'))
        {
            return (null, text);
        }

        var space = text.IndexOf(' ');
        return space < 0
            ? (text.ToLowerInvariant(), string.Empty)
            : (text[..space].ToLowerInvariant(), text[(space + 1)..].Trim());
    }

    /// <summary>An optional leading date: "2025-12-11 diffusion" -> (2025-12-11, "diffusion"); no topic -> null.</summary>
    public static (DateOnly? Date, string? Topic) SplitDate(string argument)
    {
        var space = argument.IndexOf(' ');
        var first = space < 0 ? argument : argument[..space];
        var rest = space < 0 ? string.Empty : argument[(space + 1)..].Trim();
        if (DateOnly.TryParseExact(first, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            return (date, rest.Length == 0 ? null : rest);
        }

        return (null, argument.Length == 0 ? null : argument);
    }

    /// <summary>An optional leading style word: "detailed GPipe" -> (Detailed, "GPipe").</summary>
    public static (SummaryStyle Style, string Remainder) SplitStyle(string argument)
    {
        var space = argument.IndexOf(' ');
        var first = space < 0 ? argument : argument[..space];
        SummaryStyle? style = first.ToLowerInvariant() switch
        {
            "tldr" or "tl;dr" => SummaryStyle.TlDr,
            "detailed" => SummaryStyle.Detailed,
            "newcomer" or "newcomers" => SummaryStyle.Newcomer,
            "card" => SummaryStyle.Card,
            _ => null,
        };
        return style is { } known
            ? (known, space < 0 ? string.Empty : argument[(space + 1)..].Trim())
            : (SummaryStyle.TlDr, argument);
    }
}
