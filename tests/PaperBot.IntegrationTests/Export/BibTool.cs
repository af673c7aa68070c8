using System.Diagnostics;

namespace PaperBot.IntegrationTests.Export;

/// <summary>
/// BibTool (Debian package <c>bibtool</c>, installed by <c>.ci/run</c>) reading a .bib file the way a bibliography
/// manager does: <c>bibtool -d -i FILE -o OUT</c>. It reports syntax errors, unbalanced braces and double entries as
/// "*** BibTool ERROR/WARNING" lines on stderr; any such line fails the check.
/// </summary>
internal static class BibTool
{
    public const string InstallHint = "bibtool is not installed: run .ci/run, or `apt-get install bibtool` (Debian/Ubuntu)";

    /// <summary>BibTool's diagnostics for <paramref name="bibFile"/> and the entries it wrote back.</summary>
    public static async Task<(string Diagnostics, string Normalized)> CheckAsync(string bibFile)
    {
        var executable = Find() ?? throw new InvalidOperationException(InstallHint);
        var output = Path.ChangeExtension(bibFile, ".bibtool.bib");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-d", "-i", bibFile, "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bibtool did not start");
        var error = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var diagnostics = (await error + await stdout).Trim();
        if (process.ExitCode != 0)
        {
            diagnostics = $"exit code {process.ExitCode}\n{diagnostics}";
        }

        return (diagnostics, File.Exists(output) ? await File.ReadAllTextAsync(output) : "");
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "bibtool"))
            .FirstOrDefault(File.Exists);
}
