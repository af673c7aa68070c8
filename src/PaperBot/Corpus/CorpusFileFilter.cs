namespace PaperBot.Corpus;

/// <summary>Which files in a watched folder are corpus files: the ones a folder ingest would read, never temp files.</summary>
internal static class CorpusFileFilter
{
    // The extensions a folder ingest reads (CorpusFiles in PaperBot.Data); a README beside the papers is not an error.
    private static readonly HashSet<string> CorpusExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".jsonl", ".xml", ".atom", ".gz" };

    // Editors and downloaders write under these names first and rename when done; the rename is what we load.
    private static readonly string[] TempSuffixes = [".tmp", ".temp", ".part", ".partial", ".crdownload", ".swp", "~"];

    /// <summary>True for a corpus file under <paramref name="root"/> whose name and folders are not hidden and not temporary.</summary>
    public static bool IsCorpusFile(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }

        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p.StartsWith('.') || p.StartsWith('~')))
        {
            return false;
        }

        var name = parts[^1];
        return !TempSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase))
            && CorpusExtensions.Contains(Path.GetExtension(name));
    }

    /// <summary>The corpus files under a folder, recursively; none when it does not exist (yet).</summary>
    public static IEnumerable<string> Enumerate(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => IsCorpusFile(root, f))
            : [];
}
