using System.Globalization;
using PaperBot.Core.Follows;
using PaperBot.Discord.Formatting;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Commands;

/// <summary>
/// <c>/follow author|topic|list|resume</c>: a member's follows, and the DM digest of new papers that match them
/// (daily or weekly). Private to the member.
/// </summary>
internal sealed class FollowCommand(IFollowStore follows) : ISlashCommand
{
    public CommandDefinition Definition { get; } = new()
    {
        Name = "follow",
        Description = "Get a DM digest of new papers by an author or on a topic",
        Type = 1,
        Contexts = OptionShapes.Everywhere,
        Options =
        [
            Subcommand("author", "Follow an author: new papers naming them come in your digest",
                OptionShapes.Text("name", "The author's name, e.g. Jane Doe (case and accents do not matter)", required: true, maxLength: FollowRules.MaxAuthorLength),
                PeriodOption()),
            Subcommand("topic", "Follow a topic: new papers about it come in your digest",
                OptionShapes.Text("words", "The topic, e.g. diffusion models for video", required: true, maxLength: FollowRules.MaxTopicLength),
                PeriodOption()),
            Subcommand("list", "Show what you follow and whether your digests are paused"),
            Subcommand("resume", "Resume your digests after opening your DMs"),
        ],
    };

    public bool IsPrivate => true;

    public async Task<Reply> ExecuteAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        if (invocation.Interaction.Invoker?.Id.ToString() is not { } member)
        {
            return Reply.Private("PaperBot could not tell who asked: try again.");
        }

        switch (invocation.Subcommand)
        {
            case "list":
                return Reply.Private(FollowMessages.List(await follows.ListAsync(member, cancellationToken).ConfigureAwait(false), canDm: true));
            case "resume":
                var resumed = await follows.ResumeAsync(member, cancellationToken).ConfigureAwait(false);
                return Reply.Private(resumed == 0
                    ? "Your digests are not paused."
                    : "Digests resumed: the next one comes at the start of its next day or week, if your DMs are open.");
            case "author":
                return Reply.Private(await AddAsync(member, FollowKind.Author, invocation.GetString("name"), invocation.GetString("period"), cancellationToken).ConfigureAwait(false));
            case "topic":
                return Reply.Private(await AddAsync(member, FollowKind.Topic, invocation.GetString("words"), invocation.GetString("period"), cancellationToken).ConfigureAwait(false));
            default:
                return Reply.Private("Use `/follow author`, `/follow topic`, `/follow list` or `/follow resume`.");
        }
    }

    /// <summary>Adds a follow for the member and says what it did, in one line (the shell shares this).</summary>
    internal static async Task<string> AddAsync(IFollowStore follows, string member, FollowKind kind, string? text, string? periodText, CancellationToken cancellationToken)
    {
        if (FollowRules.Validate(kind, text) is { } invalid)
        {
            return invalid;
        }

        if (FollowRules.ParsePeriod(periodText) is not { } period)
        {
            return "The period is daily or weekly.";
        }

        var trimmed = text!.Trim();
        var outcome = await follows.AddAsync(member, kind, trimmed, period, cancellationToken).ConfigureAwait(false);
        var follow = new Follow(0, member, kind, trimmed, period, default, null).Describe();
        var said = outcome switch
        {
            FollowOutcome.TooMany => $"You follow {FollowRules.MaxFollows} things already: /unfollow one first.",
            FollowOutcome.Updated => $"You follow {follow} already; its digest period is now {(period == DigestPeriod.Daily ? "daily" : "weekly")}.",
            _ => $"Following {follow}: new papers come in your {(period == DigestPeriod.Daily ? "daily" : "weekly")} DM digest.",
        };
        if (kind != FollowKind.Author || outcome == FollowOutcome.TooMany)
        {
            return said;
        }

        var (withNames, byAuthor) = await follows.AuthorCoverageAsync(trimmed, cancellationToken).ConfigureAwait(false);
        return withNames == 0
            ? $"{said} Note: the corpus has no author names yet (its sources give only author counts), so nothing can match until a source with names is ingested."
            : string.Create(CultureInfo.InvariantCulture, $"{said} {byAuthor} paper{(byAuthor == 1 ? "" : "s")} in the corpus name them (of {withNames} with author names).");
    }

    private Task<string> AddAsync(string member, FollowKind kind, string? text, string? period, CancellationToken cancellationToken) =>
        AddAsync(follows, member, kind, text, period, cancellationToken);

    private static CommandOption Subcommand(string name, string description, params CommandOption[] options) => new()
    {
        Type = CommandOptionType.SubCommand,
        Name = name,
        Description = description,
        Options = options.Length == 0 ? null : options,
    };

    private static CommandOption PeriodOption() => new()
    {
        Type = CommandOptionType.String,
        Name = "period",
        Description = "How often the digest comes (default weekly)",
        Choices = [new CommandChoice("weekly", "weekly"), new CommandChoice("daily", "daily")],
    };
}
