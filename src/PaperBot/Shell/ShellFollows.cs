using System.Globalization;
using System.Text;
using PaperBot.Core.Follows;
using PaperBot.Core.Library;

namespace PaperBot.Shell;

/// <summary>
/// <c>/follow</c>, <c>/unfollow</c> and <c>/foryou</c> in the local shell, for the member <see cref="MemberId"/>. The
/// shell cannot DM anyone, so follows made here are stored and listed only; the Discord bot sends digests.
/// </summary>
internal sealed class ShellFollows(IFollowStore follows, ForYouRanker forYou)
{
    public const string MemberId = LocalMember.Id;

    private const string NoDms = "(the shell can't DM: follows here are stored and listed only; digests come from the Discord bot)";

    /// <summary><c>/follow author NAME [--daily]</c>, <c>/follow topic WORDS [--daily]</c>, <c>/follow list</c>, <c>/follow resume</c>.</summary>
    public async Task<string> FollowAsync(string argument, CancellationToken cancellationToken)
    {
        var words = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var period = words.RemoveAll(w => w.Equals("--daily", StringComparison.OrdinalIgnoreCase)) > 0 ? DigestPeriod.Daily : DigestPeriod.Weekly;
        words.RemoveAll(w => w.Equals("--weekly", StringComparison.OrdinalIgnoreCase));
        var verb = words.Count == 0 ? "list" : words[0].ToLowerInvariant();
        var text = string.Join(' ', words.Skip(1));
        switch (verb)
        {
            case "list":
                return await ListAsync(cancellationToken);
            case "resume":
                await follows.ResumeAsync(MemberId, cancellationToken);
                return Line($"Follows resumed {NoDms}.");
            case "author" or "topic":
                var kind = verb == "author" ? FollowKind.Author : FollowKind.Topic;
                if (FollowRules.Validate(kind, text) is { } invalid)
                {
                    return Line(invalid);
                }

                var outcome = await follows.AddAsync(MemberId, kind, text, period, cancellationToken);
                var described = new Follow(0, MemberId, kind, text.Trim(), period, default, null).Describe();
                var said = outcome switch
                {
                    FollowOutcome.TooMany => $"You follow {FollowRules.MaxFollows} things already: /unfollow one first.",
                    FollowOutcome.Updated => $"You follow {described} already; its period is updated {NoDms}.",
                    _ => $"Following {described} {NoDms}.",
                };
                if (kind == FollowKind.Author && outcome != FollowOutcome.TooMany)
                {
                    var (withNames, byAuthor) = await follows.AuthorCoverageAsync(text, cancellationToken);
                    said += withNames == 0
                        ? " Note: the corpus has no author names yet (its sources give only author counts), so nothing can match."
                        : string.Create(CultureInfo.InvariantCulture, $" {byAuthor} of the {withNames} papers with author names name them.");
                }

                return Line(said);
            default:
                return ShellCommand.Usage("/follow");
        }
    }

    /// <summary><c>/unfollow TEXT-OR-ID</c>.</summary>
    public async Task<string> UnfollowAsync(string argument, CancellationToken cancellationToken)
    {
        if (argument.Trim().Length == 0)
        {
            return ShellCommand.Usage("/unfollow");
        }

        var mine = await follows.ListAsync(MemberId, cancellationToken);
        var key = FollowRules.Key(argument);
        var picked = mine.FirstOrDefault(f => f.Id.ToString(CultureInfo.InvariantCulture) == argument.Trim() || FollowRules.Key(f.Text) == key);
        if (picked is null)
        {
            return Line("You follow nothing by that name: see /follow list.");
        }

        await follows.RemoveAsync(MemberId, picked.Id, cancellationToken);
        return Line($"Stopped following {picked.Describe()}.");
    }

    /// <summary><c>/foryou [COUNT]</c>.</summary>
    public async Task<string> ForYouAsync(string argument, CancellationToken cancellationToken)
    {
        var count = int.TryParse(argument.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var given) ? given : ForYouResult.DefaultCount;
        var result = await forYou.RankAsync(MemberId, count, cancellationToken);
        if (result.SavedCount == 0)
        {
            return Line(ForYouResult.EmptyLibrary);
        }

        if (result.Items.Count == 0)
        {
            return Line("Nothing new close to your saved papers yet.");
        }

        var text = new StringBuilder(result.ByMeaning ? "For you, by meaning:" : "For you, by words (no paper vectors here to compare meaning):");
        text.AppendLine();
        for (var i = 0; i < result.Items.Count; i++)
        {
            var item = result.Items[i];
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1}. #{item.PaperId} {item.Title}");
            text.AppendLine(CultureInfo.InvariantCulture, $"   {item.Why}");
        }

        return text.ToString();
    }

    private async Task<string> ListAsync(CancellationToken cancellationToken)
    {
        var mine = await follows.ListAsync(MemberId, cancellationToken);
        if (mine.Count == 0)
        {
            return Line($"You follow nothing yet: /follow author NAME or /follow topic WORDS {NoDms}.");
        }

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"You follow {mine.Count} of at most {FollowRules.MaxFollows} {NoDms}:");
        foreach (var follow in mine)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  #{follow.Id} {follow.Describe()}{(follow.PausedReason is { } reason ? $" — paused: {reason}" : "")}");
        }

        return text.ToString();
    }

    private static string Line(string text) => text + Environment.NewLine;
}
