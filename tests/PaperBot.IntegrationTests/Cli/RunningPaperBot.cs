using System.Diagnostics;
using System.Text;

namespace PaperBot.IntegrationTests.Cli;

/// <summary>A PaperBot process left running (the bot mode), its stderr collected as it comes.</summary>
internal sealed class RunningPaperBot : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _error = new();

    public RunningPaperBot(Process process)
    {
        _process = process;
        _process.StandardInput.Close();
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_error)
            {
                _error.AppendLine(e.Data);
            }
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>The process id (<c>dotnet PaperBot.dll</c> runs PaperBot in this process, so PaperBot's own id).</summary>
    public int Id => _process.Id;

    /// <summary>SIGKILL: no shutdown code runs, as when the machine or the container dies.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(limit.Token);
        _process.WaitForExit(); // drains the redirected streams
        return _process.ExitCode;
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
