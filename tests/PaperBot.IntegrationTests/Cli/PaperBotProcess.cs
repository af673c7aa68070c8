using System.Diagnostics;

namespace PaperBot.IntegrationTests.Cli;

/// <summary>
/// Runs the real PaperBot program (the host's own build output, as `dotnet run` would) as a new user would:
/// its own process, an empty home and data folder, and no PAPERBOT_ variables from the machine.
/// </summary>
internal sealed class PaperBotProcess : IDisposable
{
    /// <summary>
    /// The host's output folder, src/PaperBot/bin/CONFIGURATION/TFM, built by the project reference. The test folder
    /// itself is no place to run it from: with ASP.NET Core in the tests' frameworks, some of the host's files are not copied.
    /// </summary>
    public static readonly string HostFolder = FindHostFolder();

    public PaperBotProcess()
    {
        Home = Directory.CreateTempSubdirectory("paperbot-it-").FullName;
    }

    /// <summary>The temp folder used as HOME and XDG_DATA_HOME.</summary>
    public string Home { get; }

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>Lets the process load the local embedding model (off by default: it costs each run ~20 s on a fresh database).</summary>
    public PaperBotProcess UseLocalEmbeddings()
    {
        Environment["PAPERBOT_Ai__LocalEmbeddings"] = "true";
        return this;
    }

    public string DefaultDatabasePath => Path.Combine(Home, "data", "PaperBot", "paperbot.db");

    public async Task<Result> RunAsync(string? stdin, params string[] args)
    {
        var start = CreateStartInfo(args);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"paperbot {string.Join(' ', args)} did not finish in 2 minutes");
        }

        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts PaperBot and leaves it running (the bot): stop it with <see cref="RunningPaperBot.Kill"/>.</summary>
    public RunningPaperBot Start(params string[] args) => new(Process.Start(CreateStartInfo(args)) ?? throw new InvalidOperationException("dotnet did not start"));

    private ProcessStartInfo CreateStartInfo(string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Home,
        };
        start.ArgumentList.Add(Path.Combine(HostFolder, "PaperBot.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("PAPERBOT_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["HOME"] = Home;
        start.Environment["XDG_DATA_HOME"] = Path.Combine(Home, "data");
        start.Environment["LOCALAPPDATA"] = Path.Combine(Home, "data"); // the same isolation on Windows
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        // Embedding the bundled corpus takes ~20 s of CPU: off unless a test opts in (UseLocalEmbeddings).
        start.Environment["PAPERBOT_Ai__LocalEmbeddings"] = "false";
        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static string FindHostFolder()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testFolder.Name;
        var configuration = testFolder.Parent!.Name;
        var root = testFolder;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "PaperBot.sln")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? throw new InvalidOperationException("PaperBot.sln not found above the tests"), "src", "PaperBot", "bin", configuration, framework);
        return File.Exists(Path.Combine(folder, "PaperBot.dll"))
            ? folder
            : throw new InvalidOperationException($"The PaperBot host is not built at {folder}");
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Home, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Home, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }

    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
