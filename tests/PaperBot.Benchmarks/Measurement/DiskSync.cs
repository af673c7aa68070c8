using System.Diagnostics;

namespace PaperBot.Benchmarks.Measurement;

/// <summary>
/// Flushes dirty pages to disk between phases, so the write-back of one database does not land in the next
/// phase's timing. Where there is no <c>sync</c> command this does nothing.
/// </summary>
internal static class DiskSync
{
    public static async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            using var sync = Process.Start(new ProcessStartInfo("sync") { UseShellExecute = false });
            if (sync is not null)
            {
                await sync.WaitForExitAsync(cancellationToken);
            }
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No sync command: the phases just share the write-back.
        }
    }
}
