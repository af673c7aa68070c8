namespace PaperBot.Benchmarks;

/// <summary>
/// Finds the built PaperBot.dll (this project builds src/PaperBot in the same configuration, without referencing
/// it): the repository is the first folder above this program that holds PaperBot.sln.
/// </summary>
internal static class PaperBotLocator
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    public static string? Find(string? given)
    {
        if (given is not null)
        {
            return File.Exists(given) ? Path.GetFullPath(given) : throw new ArgumentException($"--paperbot: no such file '{given}'");
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "PaperBot.sln")))
            {
                var frameworkFolder = new DirectoryInfo(AppContext.BaseDirectory).Name;
                var dll = Path.Combine(folder.FullName, "src", "PaperBot", "bin", Configuration, frameworkFolder, "PaperBot.dll");
                return File.Exists(dll) ? dll : null;
            }
        }

        return null;
    }
}
