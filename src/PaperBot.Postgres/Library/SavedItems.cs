using Npgsql;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Library;

/// <summary>Library and reading-list rows (paper_id, tags, note, saved_at, saved_by) as saved papers, read from the paper store.</summary>
internal static class SavedItems
{
    public static async Task<IReadOnlyList<SavedPaper>> ReadAsync(NpgsqlCommand command, IPaperStore papers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var rows = new List<(long PaperId, string[] Tags, string? Note, DateTimeOffset SavedAt, string? SavedBy)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add((reader.GetInt64(0), reader.GetFieldValue<string[]>(1), reader.OptionalString(2), reader.Instant(3), reader.OptionalString(4)));
            }
        }

        // A row whose paper is gone is left out.
        var saved = new List<SavedPaper>(rows.Count);
        foreach (var row in rows)
        {
            if (await papers.GetAsync(row.PaperId, cancellationToken) is { } paper)
            {
                saved.Add(new SavedPaper(paper, row.Tags, row.Note, row.SavedAt, row.SavedBy));
            }
        }

        return saved;
    }
}
