namespace PaperBot.Tests;

/// <summary>Where the tests find the bundled corpus and the checked-in fixtures.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRepoRoot);

    /// <summary>The folder holding PaperBot.sln, found by walking up from the test binaries.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>The bundled sample corpus (page dumps) at the repository root.</summary>
    public static string CorpusDir => Path.Combine(RepoRoot, "corpus");

    /// <summary>A fixture under tests/TestData, which the project copies next to the test binaries.</summary>
    public static string TestData(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"PaperBot.sln not found above {AppContext.BaseDirectory}");
    }
}
