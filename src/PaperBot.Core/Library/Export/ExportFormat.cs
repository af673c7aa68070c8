namespace PaperBot.Core.Library.Export;

/// <summary>The formats a member's library exports to (see README, "Export fields").</summary>
public enum ExportFormat
{
    BibTex,
    Ris,
    CslJson,
    Markdown,
}
