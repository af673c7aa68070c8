using System.Text.Json;
using SQLite;

namespace PaperBot.IntegrationTests.Cli;

/// <summary>The command-line contract (README, "Command line"), against the real program and real SQLite files.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Abstract = "An abstract long enough to be an abstract. It says what the paper does.";
    private readonly PaperBotProcess _paperbot = new();

    [Fact]
    public async Task Search_FreshClone_LoadsBundledCorpusAndPrintsRankedJson()
    {
        var result = await _paperbot.RunAsync(null, "search", "pipeline parallelism", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("First run: loading the bundled corpus", result.Error);
        Assert.True(File.Exists(_paperbot.DefaultDatabasePath), "the database is created in the user's data folder");
        using var json = JsonDocument.Parse(result.Output);
        var hits = json.RootElement.EnumerateArray().ToList();
        Assert.InRange(hits.Count, 2, 10);
        Assert.All(hits, h => Assert.True(h.GetProperty("id").GetInt64() > 0));
        Assert.StartsWith("GPipe", hits[0].GetProperty("title").GetString());
        var scores = hits.Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);

        var again = await _paperbot.RunAsync(null, "search", "pipeline parallelism", "--json");
        Assert.DoesNotContain("First run", again.Error);
        Assert.Equal(result.Output, again.Output);
    }

    [Fact]
    public async Task Ingest_GoodAndBadFiles_KeepsGoodNamesBadWithLineAndExitsOne()
    {
        var db = Path.Combine(_paperbot.Home, "mine.db");
        var good = _paperbot.WriteFile("good.txt", $"Daily Papers\n\nDec 4\n\nA Good Paper\n\n{Abstract}\n\n  • 2 authors\n·\nApr 14 2\n");
        var bad = _paperbot.WriteFile("bad.txt", $"Daily Papers\n\nDec 4\n\nA Paper Cut Short\n\n{Abstract}\n\n  • 2 authors\n·\n");

        var result = await _paperbot.RunAsync(null, "ingest", good, bad, "--db", db);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("2 files: 1 ingested, 0 skipped (already ingested), 1 failed", result.Output);
        var errorLine = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {bad}:", errorLine);
        var stats = await _paperbot.RunAsync(null, "stats", "--json", "--db", db);
        using var json = JsonDocument.Parse(stats.Output);
        Assert.Equal(1, json.RootElement.GetProperty("papers").GetInt64());
    }

    [Fact]
    public async Task Ingest_SameFolderTwice_SecondRunSkipsEveryFile()
    {
        var db = Path.Combine(_paperbot.Home, "twice.db");
        var corpus = Path.Combine(PaperBotProcess.HostFolder, "corpus");

        var first = await _paperbot.RunAsync(null, "ingest", corpus, "--db", db, "--json");
        var second = await _paperbot.RunAsync(null, "ingest", corpus, "--db", db, "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        using var a = JsonDocument.Parse(first.Output);
        using var b = JsonDocument.Parse(second.Output);
        Assert.Equal(5, a.RootElement.GetProperty("ingested").GetInt32());
        Assert.True(a.RootElement.GetProperty("new").GetInt64() > 300);
        Assert.Equal(5, b.RootElement.GetProperty("skipped").GetInt32());
        Assert.Equal(0, b.RootElement.GetProperty("new").GetInt64());
    }

    [Fact]
    public async Task Paper_TitleStart_PrintsThePaperWithLinksAndSources()
    {
        var result = await _paperbot.RunAsync(null, "paper", "GPipe");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("GPipe: Efficient Training of Giant Neural Networks using Pipeline Parallelism", result.Output);
        Assert.Contains("Authors: 11 authors", result.Output);
        Assert.Contains("Sources: ", result.Output);
    }

    [Fact]
    public async Task Summarize_CardStyle_FourLabelledPartsQuotedFromTheAbstract()
    {
        var result = await _paperbot.RunAsync(null, "summarize", "GPipe", "--style", "card");

        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("#", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("(card, extractive, offline)", lines[0], StringComparison.Ordinal);
        Assert.Equal("(offline summary: sentences taken from the abstract)", lines[1]);
        Assert.Equal(["Problem", "Method", "Results", "Limitations"], lines[2..].Select(l => l[..l.IndexOf(':', StringComparison.Ordinal)]));
        Assert.Contains("84.4%", lines[4], StringComparison.Ordinal);
        Assert.Equal("Limitations: the abstract states none.", lines[5]);
    }

    [Fact]
    public async Task Paper_NothingMatches_OneLineAndExitOne()
    {
        var result = await _paperbot.RunAsync(null, "paper", "qqqq zzzz xxxx");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no paper matches \"qqqq zzzz xxxx\"", result.Error);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Run_StdinNotATerminal_AnswersShellCommandsLineByLine()
    {
        var result = await _paperbot.RunAsync("/search pipeline parallelism\n/paper GPipe\n/stats\nquantization aware training\n/nonsense\n/quit\n/stats\n");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(" 1. GPipe: Efficient Training", result.Output);
        Assert.Contains("Papers:", result.Output);
        Assert.Contains("Unknown command /nonsense", result.Output);
        Assert.Equal(2, result.Output.Split("Papers:").Length); // /stats after /quit never ran
    }

    [Fact]
    public async Task InvalidSetting_StopsWithOneLineNamingTheKey()
    {
        _paperbot.Environment["PAPERBOT_Storage__BusyTimeoutSeconds"] = "-1";

        var result = await _paperbot.RunAsync(null, "stats");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Storage:BusyTimeoutSeconds", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task LocalEmbeddingsNotABoolean_StopsWithOneLineNamingTheKey()
    {
        _paperbot.Environment["PAPERBOT_Ai__LocalEmbeddings"] = "maybe";

        var result = await _paperbot.RunAsync(null, "stats");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("paperbot: invalid setting: Ai:LocalEmbeddings cannot be read as System.Boolean: fix it in config/appsettings.json or the PAPERBOT_ environment variable.", result.Error.Trim());
    }

    [Fact]
    public async Task Stats_LocalEmbeddingsOff_SaysSearchRanksByWords()
    {
        var result = await _paperbot.RunAsync(null, "stats");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Semantic index: off (Ai:LocalEmbeddings is false): search ranks by words", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralInvalidSettings_OneLineEachNoStackTrace()
    {
        _paperbot.Environment["PAPERBOT_Ai__MemoryTurns"] = "500";
        _paperbot.Environment["PAPERBOT_Search__Candidates"] = "1";

        var result = await _paperbot.RunAsync(null, "stats");

        Assert.Equal(1, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("Ai:MemoryTurns", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("Search:Candidates", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.StartsWith("paperbot: invalid setting: ", l));
    }

    [Fact]
    public async Task Ask_Json_HasAnswerCitationsAndModeAndNoMemoryAcrossRuns()
    {
        var first = await _paperbot.RunAsync(null, "ask", "how do I train a network too big for one accelerator?", "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        using var json = JsonDocument.Parse(first.Output);
        Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("answer").GetString()));
        Assert.Equal("offline", json.RootElement.GetProperty("mode").GetString());
        var citations = json.RootElement.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.True(c.GetProperty("id").GetInt64() > 0 && c.GetProperty("title").GetString()!.Length > 0));

        // A follow-up in a new run has nothing to refer to: one-shot questions share no memory.
        var second = await _paperbot.RunAsync(null, "ask", "summarize the second one", "--json");
        using var followUp = JsonDocument.Parse(second.Output);
        Assert.Empty(followUp.RootElement.GetProperty("citations").EnumerateArray());
    }

    [Fact]
    public async Task Ingest_DatabaseLockedByAnotherProgram_ClearErrorNoStackTrace()
    {
        var db = Path.Combine(_paperbot.Home, "locked.db");
        var first = await _paperbot.RunAsync(null, "stats", "--db", db);
        Assert.True(first.ExitCode == 0, first.ToString());
        var file = _paperbot.WriteFile("one.txt", $"Daily Papers\n\nDec 4\n\nOne Paper\n\n{Abstract}\n");
        _paperbot.Environment["PAPERBOT_Storage__BusyTimeoutSeconds"] = "0";
        using var holder = new SQLiteConnection(db);
        holder.Execute("BEGIN EXCLUSIVE");

        var result = await _paperbot.RunAsync(null, "ingest", file, "--db", db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is locked by another program", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Search_DatabaseFolderCannotBeCreated_ClearError()
    {
        var blocker = _paperbot.WriteFile("blocker", "a file where a folder should be");

        var result = await _paperbot.RunAsync(null, "search", "anything", "--db", Path.Combine(blocker, "x", "paperbot.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("paperbot: cannot create the database", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task Search_TopOutOfRange_IsAUsageError()
    {
        var result = await _paperbot.RunAsync(null, "search", "x", "--top", "0");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--top must be between 1 and 100", result.Error);
    }

    [Fact]
    public async Task Highlights_Json_TheDaysPapersMostUpvotedFirstWithBlurbs_DefaultDayIsTheNewestDailyList()
    {
        var db = Path.Combine(_paperbot.Home, "highlights.db");
        var page = _paperbot.WriteFile("dec4.txt",
            $"Daily Papers\n\nDec 4\n\nA Modest Paper\n\n{Abstract}\n\n  • 2 authors\n·\nDec 1 3\n\n" +
            $"A Popular Paper\n\nPopular methods work. {Abstract}\n\n  • 3 authors\n·\nDec 2 40\n");
        var ingest = await _paperbot.RunAsync(null, "ingest", page, "--db", db, "--page-year", "2025");
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var dated = await _paperbot.RunAsync(null, "highlights", "--date", "2025-12-04", "--count", "1", "--json", "--db", db);
        var latest = await _paperbot.RunAsync(null, "highlights", "--json", "--db", db);

        Assert.True(dated.ExitCode == 0, dated.ToString());
        using var json = JsonDocument.Parse(dated.Output);
        Assert.Equal("2025-12-04", json.RootElement.GetProperty("date").GetString());
        var item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("A Popular Paper", item.GetProperty("title").GetString());
        Assert.Equal(40, item.GetProperty("upvotes").GetInt32());
        Assert.Equal("Popular methods work. An abstract long enough to be an abstract.", item.GetProperty("blurb").GetString());
        using var latestJson = JsonDocument.Parse(latest.Output);
        Assert.Equal("2025-12-04", latestJson.RootElement.GetProperty("date").GetString());
        Assert.Equal(["A Popular Paper", "A Modest Paper"], latestJson.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Highlights_BadDate_IsAOneLineUsageError()
    {
        var result = await _paperbot.RunAsync(null, "highlights", "--date", "12/04/2025", "--db", Path.Combine(_paperbot.Home, "x.db"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--date '12/04/2025' is not a date: use YYYY-MM-DD, e.g. 2025-12-11.", result.Error);
    }

    public void Dispose() => _paperbot.Dispose();
}
