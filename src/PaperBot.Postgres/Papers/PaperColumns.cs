using Npgsql;
using NpgsqlTypes;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Postgres.Papers;

/// <summary>The value columns of <c>papers</c>: read into a <see cref="Paper"/>, or bound from one as parameters.</summary>
internal static class PaperColumns
{
    /// <summary>In <see cref="Read"/>'s order, after the id.</summary>
    public const string Values =
        "title, abstract, arxiv_id, published_on, daily_date, authors, author_count, organization, upvotes, github_url, project_url, source_summary, keywords, categories";

    /// <summary>The same columns as parameters of <see cref="Bind"/>, plus <c>@norm_title</c>.</summary>
    public const string Parameters =
        "@title, @abstract, @arxiv_id, @published_on, @daily_date, @authors, @author_count, @organization, @upvotes, @github_url, @project_url, @source_summary, @keywords, @categories";

    /// <summary>The paper in columns <paramref name="first"/> onwards (in <see cref="Values"/> order).</summary>
    public static Paper Read(NpgsqlDataReader reader, int first)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new Paper
        {
            Title = reader.GetString(first),
            Abstract = reader.GetString(first + 1),
            ArxivId = reader.OptionalString(first + 2),
            PublishedOn = reader.IsDBNull(first + 3) ? null : reader.GetFieldValue<DateOnly>(first + 3),
            DailyDate = reader.IsDBNull(first + 4) ? null : reader.GetFieldValue<DateOnly>(first + 4),
            Authors = reader.GetFieldValue<string[]>(first + 5),
            AuthorCount = reader.IsDBNull(first + 6) ? null : reader.GetInt32(first + 6),
            Organization = reader.OptionalString(first + 7),
            Upvotes = reader.IsDBNull(first + 8) ? null : reader.GetInt32(first + 8),
            GithubUrl = reader.OptionalString(first + 9),
            ProjectUrl = reader.OptionalString(first + 10),
            SourceSummary = reader.OptionalString(first + 11),
            Keywords = reader.GetFieldValue<string[]>(first + 12),
            Categories = reader.GetFieldValue<string[]>(first + 13),
        };
    }

    /// <summary>Binds the paper's values (and its normalized title) as the named parameters of <see cref="Parameters"/>.</summary>
    public static NpgsqlCommand Bind(NpgsqlCommand command, Paper paper, string normalizedTitle) => command
        .With("title", NpgsqlDbType.Text, paper.Title)
        .With("norm_title", NpgsqlDbType.Text, normalizedTitle)
        .With("abstract", NpgsqlDbType.Text, paper.Abstract)
        .With("arxiv_id", NpgsqlDbType.Text, paper.ArxivId)
        .With("published_on", NpgsqlDbType.Date, paper.PublishedOn)
        .With("daily_date", NpgsqlDbType.Date, paper.DailyDate)
        .With("authors", NpgsqlDbType.Array | NpgsqlDbType.Text, paper.Authors.ToArray())
        .With("author_count", NpgsqlDbType.Integer, paper.AuthorCount)
        .With("organization", NpgsqlDbType.Text, paper.Organization)
        .With("upvotes", NpgsqlDbType.Integer, paper.Upvotes)
        .With("github_url", NpgsqlDbType.Text, paper.GithubUrl)
        .With("project_url", NpgsqlDbType.Text, paper.ProjectUrl)
        .With("source_summary", NpgsqlDbType.Text, paper.SourceSummary)
        .With("keywords", NpgsqlDbType.Array | NpgsqlDbType.Text, paper.Keywords.ToArray())
        .With("categories", NpgsqlDbType.Array | NpgsqlDbType.Text, paper.Categories.ToArray());
}
