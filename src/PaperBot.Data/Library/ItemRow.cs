using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Data.Highlights;

namespace PaperBot.Data.Library;

/// <summary>A library or reading-list row as read; the paper itself comes from the paper store.</summary>
internal sealed class ItemRow
{
    public long PaperId { get; set; }

    public string? Tags { get; set; }

    public string? Note { get; set; }

    public string SavedAt { get; set; } = "";

    public string? SavedBy { get; set; }

    /// <summary>The rows as saved papers, in order; a row whose paper is gone is left out.</summary>
    public static async Task<IReadOnlyList<SavedPaper>> LoadAsync(IEnumerable<ItemRow> rows, IPaperStore papers, CancellationToken cancellationToken)
    {
        var saved = new List<SavedPaper>();
        foreach (var row in rows)
        {
            if (await papers.GetAsync(row.PaperId, cancellationToken).ConfigureAwait(false) is { } paper)
            {
                saved.Add(new SavedPaper(paper, StoredTags.Parse(row.Tags), row.Note, StoredTime.Parse(row.SavedAt), row.SavedBy));
            }
        }

        return saved;
    }
}
