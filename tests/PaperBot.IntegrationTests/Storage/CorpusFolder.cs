using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>A temp folder of corpus files written by a test, gone at the end.</summary>
internal sealed class CorpusFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-corpus-").FullName;

    /// <summary>A new snapshot file of <paramref name="lines"/>; its path.</summary>
    public string Write(IEnumerable<string> lines)
    {
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.jsonl");
        System.IO.File.WriteAllText(path, File([.. lines]));
        return path;
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
