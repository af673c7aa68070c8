namespace PaperBot.Core.Corpus.Loading;

/// <summary>Expands the paths given to <c>ingest</c> into the files to read, in a stable order.</summary>
internal static class CorpusFiles
{
    /// <summary>In folders only these are corpus files; a README or a stray image beside them is not an error.</summary>
    private static readonly HashSet<string> CorpusExtensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".json", ".jsonl", ".xml", ".atom", ".gz" };

    /// <summary>Files named directly are always read; folders give their corpus files, recursively, hidden ones left out.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory
                    .EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System })
                    .Where(f => CorpusExtensions.Contains(Path.GetExtension(f)) && !Path.GetFileName(f).StartsWith('.'))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files.Distinct(StringComparer.Ordinal).ToList(), missing);
    }
}
