using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace PaperBot.Data.Vectors.VectorIndex;

/// <summary>
/// Where a model's index lives, beside the database: <c>&lt;db file&gt;.&lt;model slug&gt;.usearch</c> and its manifest
/// <c>….usearch.json</c>. Both are written under temporary names and renamed into place, so a reader never sees half a file.
/// </summary>
internal sealed class IndexFiles(string databasePath, string modelId)
{
    public string IndexPath { get; } = $"{databasePath}.{Slug(modelId)}.usearch";

    public string ManifestPath => IndexPath + ".json";

    /// <summary>The manifest, or null when it is missing or unreadable (either means: rebuild).</summary>
    public IndexManifest? ReadManifest()
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(ManifestPath), DataJsonContext.Default.IndexManifest);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The manifest when it describes the index file for <paramref name="modelId"/> built with <paramref name="parameters"/>
    /// from rows SQLite still has (up to <paramref name="top"/>); otherwise null and why.
    /// </summary>
    public (IndexManifest? Manifest, string Problem) Check(string modelId, HnswParameters parameters, long top)
    {
        var manifest = ReadManifest();
        if (manifest is null || manifest.Format != IndexManifest.CurrentFormat || manifest.Model != modelId
            || (manifest.Quantization, manifest.Connectivity, manifest.ExpansionAdd) != (parameters.Quantization, parameters.Connectivity, parameters.ExpansionAdd))
        {
            return (null, "its manifest is missing, unreadable or for other settings");
        }

        if (new FileInfo(IndexPath).Length != manifest.FileLength || manifest.Watermark > top)
        {
            return (null, "the file does not match its manifest");
        }

        return (manifest, "");
    }

    /// <summary>Saves <paramref name="graph"/> and then its manifest, each to a temporary file renamed over the old one.</summary>
    public void Write(HnswGraph graph, Func<long, IndexManifest> manifestForLength)
    {
        var suffix = $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var indexTemp = IndexPath + suffix;
        var manifestTemp = ManifestPath + suffix;
        try
        {
            graph.Save(indexTemp);
            var manifest = manifestForLength(new FileInfo(indexTemp).Length);
            File.WriteAllBytes(manifestTemp, JsonSerializer.SerializeToUtf8Bytes(manifest, DataJsonContext.Default.IndexManifest));
            // The index first: a crash between the two renames leaves an old manifest whose length no longer matches.
            File.Move(indexTemp, IndexPath, overwrite: true);
            File.Move(manifestTemp, ManifestPath, overwrite: true);
        }
        finally
        {
            File.Delete(indexTemp);
            File.Delete(manifestTemp);
        }
    }

    /// <summary>A file-name-safe form of a model id: its plain characters, then a short hash so that distinct ids never collide.</summary>
    public static string Slug(string modelId)
    {
        var plain = new StringBuilder(modelId.Length);
        foreach (var c in modelId.ToLowerInvariant())
        {
            plain.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '-');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(modelId)).AsSpan(0, 4));
        var name = plain.ToString().Trim('.', '-');
        return $"{name[..Math.Min(name.Length, 48)]}-{hash}";
    }
}
