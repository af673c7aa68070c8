using System.Diagnostics;
using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;

namespace PaperBot.Benchmarks.Discord;

/// <summary>
/// One round of the workload on one fake Discord: <c>inFlight</c> /search interactions sent at once, then a wait
/// for every acknowledgement (and, for deferred ones, the answer that follows) before the round ends.
/// </summary>
internal static class AckRound
{
    /// <summary>Past Discord's 3 s the fake refuses a callback; a little more lets a refused one show up as lost, not as a hang.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <summary>How long a deferred interaction may take to get its real answer (edit of @original).</summary>
    private static readonly TimeSpan AnswerPatience = TimeSpan.FromSeconds(30);

    public static async Task<AckRoundResult> RunAsync(FakeDiscordServer discord, int round, int inFlight, CancellationToken cancellationToken)
    {
        var callbacksBefore = discord.Callbacks.Count;
        var requestsBefore = discord.Requests.Count;
        var editsBefore = discord.OriginalEdits.Count;
        var sent = await Task.WhenAll(Enumerable.Range(0, inFlight)
            .Select(i => discord.SendInteractionAsync(2, AckQueries.SearchCommand(AckQueries.For(round, i, inFlight)))));
        var ids = sent.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);

        var callbacks = await WaitForAsync(
            () => discord.Callbacks.Skip(callbacksBefore).Where(c => ids.Contains(c.InteractionId)).ToList(),
            found => found.Count >= inFlight,
            discord.Options.InteractionDeadline + Grace,
            cancellationToken);

        var deferredTokens = sent.Where(s => callbacks.Any(c => c.InteractionId == s.Id && c.Type == 5)).Select(s => s.Token).ToHashSet(StringComparer.Ordinal);
        var edits = deferredTokens.Count == 0 ? [] : await WaitForAsync(
            () => discord.OriginalEdits.Skip(editsBefore).Where(e => e.InteractionToken is { } t && deferredTokens.Contains(t)).ToList(),
            found => found.Select(e => e.InteractionToken).Distinct(StringComparer.Ordinal).Count() >= deferredTokens.Count,
            AnswerPatience,
            cancellationToken);

        var callbackPosts = discord.Requests.Skip(requestsBefore)
            .Where(r => r.Method == "POST" && r.Path.StartsWith("interactions/", StringComparison.Ordinal) && r.Path.Contains("/callback", StringComparison.Ordinal))
            .Select(r => r.Path.Split('/')[1])
            .Where(ids.Contains)
            .CountBy(id => id, StringComparer.Ordinal);
        var answered = callbacks.Select(c => c.InteractionId).Distinct(StringComparer.Ordinal).Count();
        var editedTokens = edits.Select(e => e.InteractionToken).Distinct(StringComparer.Ordinal).Count();
        return new AckRoundResult(
            [.. callbacks.Select(c => c.SinceInteraction.TotalMilliseconds)],
            Direct: callbacks.Count(c => c.Type == 4),
            Deferred: callbacks.Count(c => c.Type == 5),
            WithPapers: callbacks.Count(c => c.Type == 4 && HasEmbeds(c.Data)) + edits.Where(e => HasEmbeds(e.Body)).Select(e => e.InteractionToken).Distinct(StringComparer.Ordinal).Count(),
            Lost: inFlight - answered + (deferredTokens.Count - editedTokens),
            Duplicates: callbackPosts.Sum(p => Math.Max(0, p.Value - 1)));
    }

    private static bool HasEmbeds(JsonObject? message) => message?["embeds"] is JsonArray { Count: > 0 };

    /// <summary>Polls <paramref name="probe"/> until <paramref name="done"/> or the time is up; returns what it found by then.</summary>
    private static async Task<List<T>> WaitForAsync<T>(Func<List<T>> probe, Func<List<T>, bool> done, TimeSpan patience, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var found = probe();
            if (done(found) || clock.Elapsed > patience)
            {
                return found;
            }

            await Task.Delay(5, cancellationToken);
        }
    }
}
