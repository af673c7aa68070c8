using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using PaperBot.Core.Library;
using PaperBot.Core.Library.Export;
using PaperBot.Shell;

namespace PaperBot.Cli;

/// <summary>
/// <c>library export --format F [--tag T] [--out FILE]</c>: the local member's library as BibTeX, RIS, CSL-JSON or
/// Markdown, to FILE or to standard output.
/// </summary>
internal static class LibraryExportVerb
{
    public static Command Create(VerbContext verbs)
    {
        var format = new Option<string>("--format")
        {
            Description = $"The file format: {string.Join(", ", ExportFormats.Names)}.",
            Required = true,
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        var tag = new Option<string?>("--tag") { Description = "Only the papers with this tag." };
        var output = new Option<string?>("--out") { Description = "Write to this file (standard output when left out)." };
        var command = new Command("export", "Export your saved papers (member \"local\") as a file.") { format, tag, output };
        command.SetAction((parse, ct) => verbs.RunAsync(parse, async (services, token) =>
        {
            var tags = LibraryRules.NormalizeTags(parse.GetValue(tag));
            if (LibraryRules.Validate(tags, null) is { } problem)
            {
                await verbs.Error.WriteLineAsync($"paperbot: {problem}");
                return 2;
            }

            var library = services.GetRequiredService<ILibraryStore>();
            var file = await LibraryExport.CreateAsync(library, ShellExport.MemberId, ExportFormats.Parse(parse.GetValue(format))!.Value, tags.Count > 0 ? tags[0] : null, token);
            if (file is null)
            {
                await verbs.Error.WriteLineAsync("paperbot: nothing to export: the library (or that tag) has no papers.");
                return 1;
            }

            if (parse.GetValue(output) is { Length: > 0 } path)
            {
                await File.WriteAllBytesAsync(path, file.Content, token);
                await verbs.Output.WriteLineAsync($"Wrote {file.PaperCount} papers to {Path.GetFullPath(path)}");
            }
            else
            {
                await verbs.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(file.Content));
            }

            return 0;
        }, ct));
        return command;
    }
}
