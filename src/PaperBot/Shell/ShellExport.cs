using PaperBot.Core.Library;
using PaperBot.Core.Library.Export;

namespace PaperBot.Shell;

/// <summary><c>/export FORMAT [tag]</c> in the local shell: the local member's library written to a file in a folder.</summary>
internal sealed class ShellExport(ILibraryStore library)
{
    /// <summary>The member the shell and the CLI act for.</summary>
    public const string MemberId = LocalMember.Id;

    /// <summary>Writes the export into <paramref name="folder"/> and says where; one line on bad input or an empty library.</summary>
    public async Task<string> ExportAsync(string argument, string folder, CancellationToken cancellationToken)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > 2 || ExportFormats.Parse(words[0]) is not { } format)
        {
            return $"Usage: /export FORMAT [tag]   FORMAT is one of {string.Join(", ", ExportFormats.Names)}{Environment.NewLine}";
        }

        var tags = LibraryRules.NormalizeTags(words.Length > 1 ? words[1] : null);
        if (LibraryRules.Validate(tags, null) is { } problem)
        {
            return problem + Environment.NewLine;
        }

        var tag = tags.Count > 0 ? tags[0] : null;
        var file = await LibraryExport.CreateAsync(library, MemberId, format, tag, cancellationToken);
        if (file is null)
        {
            return (tag is null ? "Your library is empty: save papers with /save first." : $"No paper in your library has the tag \"{tag}\".") + Environment.NewLine;
        }

        var path = Path.GetFullPath(Path.Combine(folder, file.FileName));
        await File.WriteAllBytesAsync(path, file.Content, cancellationToken);
        return $"Wrote {file.PaperCount} paper{(file.PaperCount == 1 ? "" : "s")} to {path}{Environment.NewLine}";
    }
}
