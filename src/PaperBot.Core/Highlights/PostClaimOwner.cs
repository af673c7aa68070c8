using System.Globalization;

namespace PaperBot.Core.Highlights;

/// <summary>Names the process that claims a post in the post log: readable in the database (machine and process id), and unique.</summary>
public static class PostClaimOwner
{
    /// <summary>A new owner name; each post log instance (one per process) makes its own.</summary>
    public static string New() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");
}
