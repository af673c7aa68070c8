using System.Globalization;
using PaperBot.Core.Library;
using PaperBot.Core.Library.Export;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary>
/// <c>/export format [tag]</c>: the invoker's library as a file (BibTeX, RIS, CSL-JSON or Markdown), privately. An
/// export over Discord's upload limit for this place (<c>attachment_size_limit</c>, else 10 MiB) is not sent: the member
/// is told to export by tag.
/// </summary>
internal sealed class ExportCommand(ILibraryStore library) : ISlashCommand
{
    /// <summary>Discord's upload limit for a bot in a server without boosts, when the interaction does not say.</summary>
    public const long DefaultSizeLimit = 10 * 1024 * 1024;

    public CommandDefinition Definition { get; } = new()
    {
        Name = "export",
        Description = "Download your saved papers as BibTeX, RIS, CSL-JSON or Markdown (only you see it)",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            new CommandOption
            {
                Type = CommandOptionType.String,
                Name = "format",
                Description = "The file format: BibTeX for LaTeX, RIS or CSL-JSON for Zotero and Mendeley, Markdown to read",
                Required = true,
                Choices = [new("BibTeX (.bib)", "bibtex"), new("RIS (.ris)", "ris"), new("CSL-JSON (.json)", "csl-json"), new("Markdown (.md)", "markdown")],
            },
            OptionShapes.Text("tag", "Only the papers with this tag", required: false, maxLength: LibraryRules.MaxTagLength),
        ],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        if (ExportFormats.Parse(invocation.GetString("format")) is not { } format)
        {
            return Reply.Private($"Pick a format: {string.Join(", ", ExportFormats.Names)}.");
        }

        var tags = LibraryRules.NormalizeTags(invocation.GetString("tag"));
        if (LibraryRules.Validate(tags, null) is { } problem)
        {
            return Reply.Private(problem);
        }

        var tag = tags.Count > 0 ? tags[0] : null;
        var member = invocation.Interaction.Invoker?.Id.ToString() ?? "unknown";
        var file = await LibraryExport.CreateAsync(library, member, format, tag, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return Reply.Private(tag is null
                ? "Your library is empty: save papers with /save first."
                : $"No paper in your library has the tag \"{Text.Cut(tag, LibraryRules.MaxTagLength)}\".");
        }

        var limit = invocation.Interaction.AttachmentSizeLimit is > 0 and var given ? given : DefaultSizeLimit;
        if (file.Content.Length > limit)
        {
            return Reply.Private(string.Create(CultureInfo.InvariantCulture,
                $"That export is {file.Content.Length / 1048576.0:F1} MB, over Discord's {limit / 1048576.0:F0} MB limit here: export one tag at a time (/export {ExportFormats.Names[(int)format]} tag:...)."));
        }

        var what = file.PaperCount == 1 ? "1 paper" : $"{file.PaperCount} papers";
        return Reply.Private($"Your {what}{(tag is null ? "" : $" tagged \"{tag}\"")} as {file.FileName}.") with
        {
            Files = [new MessageFile(file.FileName, file.ContentType, file.Content)],
        };
    }
}
