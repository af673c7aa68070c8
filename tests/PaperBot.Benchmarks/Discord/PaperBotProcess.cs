using System.Diagnostics;
using PaperBot.Benchmarks.Measurement;
using PaperBot.FakeDiscord;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// The real PaperBot program in Discord mode (<c>dotnet PaperBot.dll run --db FILE</c>), as a new user runs it: an
/// empty temp home (so the first run loads the bundled corpus), no PAPERBOT_ variables from the machine but the
/// token and API base URL of a fake Discord. Ready once its session is live and its commands are registered.
/// </summary>
internal sealed class PaperBotProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
    private const int TailLines = 20;
    private const string DatabaseName = "bench.db";

    private readonly Process _process;
    private readonly string _home;
    private readonly Queue<string> _tail = new();
    private readonly TaskCompletionSource<string> _embedded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PaperBotProcess(Process process, string home)
    {
        _process = process;
        _home = home;
        DatabasePath = Path.Combine(home, DatabaseName);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>
    /// Completes with PaperBot's log line when its first-start embedding of the corpus has ended ("Embedded N paper(s)
    /// with MODEL", or the line saying why it stopped): until then a core is busy with that one-time job.
    /// </summary>
    public Task<string> EmbeddingEnded => _embedded.Task;

    /// <summary>The database PaperBot runs on (in its temp home, deleted with it).</summary>
    public string DatabasePath { get; }

    /// <summary>The CPU time PaperBot has used so far (all its threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines PaperBot wrote (its log goes to the console), for error messages.</summary>
    public string OutputTail
    {
        get
        {
            lock (_tail)
            {
                return string.Join(Environment.NewLine, _tail);
            }
        }
    }

    public static async Task<PaperBotProcess> StartAsync(string paperBotDll, FakeDiscordServer discord, CancellationToken cancellationToken)
    {
        var home = Directory.CreateTempSubdirectory("paperbot-ack-").FullName;
        var start = new ProcessStartInfo(StartupBench.DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = home,
        };
        foreach (var arg in new[] { paperBotDll, "run", "--db", Path.Combine(home, DatabaseName) })
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(IsInherited).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["HOME"] = home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(home, "data");
        start.Environment["LOCALAPPDATA"] = Path.Combine(home, "data");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["PAPERBOT_Discord__Token"] = discord.Token;
        start.Environment["PAPERBOT_Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        // The log is quiet by default (warnings); the embedding's end is what the bench waits for.
        start.Environment["PAPERBOT_Logging__LogLevel__PaperBot.AI.Embeddings"] = "Information";

        var paperBot = new PaperBotProcess(Process.Start(start) ?? throw new InvalidOperationException($"cannot start {start.FileName}"), home);
        try
        {
            var deadline = Stopwatch.StartNew();
            while (!(discord.IdentifyCount > 0 && discord.IsSessionLive && discord.CommandPuts.Count > 0))
            {
                if (paperBot.HasExited || deadline.Elapsed > Patience)
                {
                    throw new InvalidOperationException(
                        $"PaperBot {(paperBot.HasExited ? $"exited with {paperBot._process.ExitCode}" : $"was not connected with its commands registered after {Patience.TotalSeconds:0} s")}; "
                        + $"its last lines:{Environment.NewLine}{paperBot.OutputTail}");
                }

                await Task.Delay(20, cancellationToken);
            }

            return paperBot;
        }
        catch
        {
            await paperBot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync(CancellationToken.None);
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    // A developer's own PAPERBOT_ settings (a real token, another database) and environment name must not leak in.
    private static bool IsInherited(string key) =>
        key.StartsWith("PAPERBOT_", StringComparison.OrdinalIgnoreCase) || key is "DOTNET_ENVIRONMENT" or "ASPNETCORE_ENVIRONMENT";

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line.Contains("Embedded ", StringComparison.Ordinal) && line.Contains(" paper(s) with ", StringComparison.Ordinal)
            || line.Contains("Embedding failed", StringComparison.Ordinal)
            || line.Contains("could not be loaded", StringComparison.Ordinal))
        {
            _embedded.TrySetResult(line.Trim());
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > TailLines)
            {
                _tail.Dequeue();
            }
        }
    }
}
