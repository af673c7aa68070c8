using Microsoft.Extensions.Options;
using PaperBot.Core.Status;

namespace PaperBot.Data.Status;

/// <summary>
/// The status board of the SQLite store: files beside the database (<c>FILE.KEY.json</c>), since every process on one
/// SQLite file is on its machine. A post is written whole to a temporary file and moved, so a reader never sees half;
/// posting every few seconds to the database itself would queue behind an ingest's writes.
/// </summary>
internal sealed class FileStatusBoard(IOptions<StoreOptions> options) : IStatusBoard
{
    private readonly string _databasePath = options.Value.ResolvePath();

    public async Task PostAsync(string key, string document, CancellationToken cancellationToken)
    {
        var path = PathFor(key);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        await File.WriteAllTextAsync(temporary, document, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    public async Task<IReadOnlyList<string>> ReadAllAsync(string keyPrefix, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(_databasePath);
        if (folder is null || !Directory.Exists(folder))
        {
            return [];
        }

        var documents = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, $"{Path.GetFileName(_databasePath)}.{keyPrefix}*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                documents.Add(await File.ReadAllTextAsync(file, cancellationToken));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Being replaced, or not ours: the next read finds it again.
            }
        }

        return documents;
    }

    private string PathFor(string key) => $"{_databasePath}.{StatusKeys.Check(key)}.json";
}
