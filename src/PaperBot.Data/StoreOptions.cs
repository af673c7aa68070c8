using System.ComponentModel.DataAnnotations;

namespace PaperBot.Data;

/// <summary>Where and how the SQLite database is kept. Section <c>Storage</c>.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// The database file. Default: <c>paperbot.db</c> in the user's data folder
    /// (<c>$XDG_DATA_HOME/PaperBot</c> or <c>~/.local/share/PaperBot</c> on Linux, <c>%LOCALAPPDATA%\PaperBot</c> on Windows).
    /// The command line's <c>--db FILE</c> overrides it.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>How long a write waits for another process's lock before giving up. Default 5 s.</summary>
    [Range(0, 600, ErrorMessage = "Storage:BusyTimeoutSeconds must be between 0 and 600 seconds.")]
    public int BusyTimeoutSeconds { get; set; } = 5;

    /// <summary>
    /// How many queries run side by side, each on its own read connection (opened when first needed).
    /// Default: the number of processors, at least 2.
    /// </summary>
    [Range(1, 64, ErrorMessage = "Storage:ReadConnections must be between 1 and 64 (or left out for one per processor).")]
    public int? ReadConnections { get; set; }

    /// <summary>
    /// How long a process's claim on a daily-highlights post holds before another PaperBot on the same database may take
    /// it over (when the claimer died mid-send). Keep it above <c>Highlights:SendTimeoutSeconds</c>. Default 60.
    /// </summary>
    [Range(1, 3600, ErrorMessage = "Storage:PostClaimSeconds must be between 1 and 3600 (and above Highlights:SendTimeoutSeconds).")]
    public int PostClaimSeconds { get; set; } = 60;

    /// <summary>The read connections actually used: <see cref="ReadConnections"/> or the default.</summary>
    public int ResolveReadConnections() => ReadConnections ?? Math.Max(2, Environment.ProcessorCount);

    /// <summary>The path actually used: <see cref="DatabasePath"/> or the default in the user's data folder.</summary>
    public string ResolvePath()
    {
        if (!string.IsNullOrWhiteSpace(DatabasePath))
        {
            return Path.GetFullPath(Environment.ExpandEnvironmentVariables(DatabasePath));
        }

        var dataHome = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(dataHome))
        {
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(dataHome, "PaperBot", "paperbot.db");
    }
}
