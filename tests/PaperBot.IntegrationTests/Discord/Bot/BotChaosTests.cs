using System.Text.Json.Nodes;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.FakeDiscord;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Discord.Bot;

/// <summary>Interactions and chat through gateway and REST faults: none lost, none answered twice, heartbeats never held up.</summary>
public sealed class BotChaosTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task DozensOfFaults_EveryInteractionAnsweredExactlyOnce()
    {
        var search = new Mock<IPaperSearch>();
        search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string q, int _, CancellationToken _) => [new PaperHit(1, $"Paper about {q}", "2401.00001", null, 1, 1, "snippet")]);
        await using var bot = await InProcessBot.StartAsync(search, new Mock<IAssistant>());
        var discord = bot.Discord;
        var sent = new List<FakeInteraction>();
        var faults = 0;

        for (var n = 0; n < 60; n++)
        {
            sent.Add(await discord.SendInteractionAsync(2, BotEndToEndTests.Command("search", ("query", $"topic {n}"))));
            var connections = discord.ConnectionCount;
            switch (n % 12)
            {
                case 1: await discord.RequestReconnectAsync(); break;
                case 3: await discord.InvalidateSessionAsync(resumable: true); break;
                case 5: discord.AbortConnection(); break;
                case 7: await discord.CloseAsync(4000); break;
                case 8: discord.InjectRateLimits(RateLimitFaultKind.Route, 2, 0.2, "callback"); break;
                case 9: await discord.InvalidateSessionAsync(resumable: false); break;
                case 10: discord.InjectServerErrors(2, 502, "callback"); break;
                case 11: await discord.CloseAsync(4009); break;
                default: continue;
            }

            faults++;
            if (n % 12 is not (8 or 10))
            {
                // The next fault waits for the bot to be back on a new connection, so every run meets the same faults.
                await Eventually.UntilAsync(() => discord.ConnectionCount > connections && discord.IsSessionLive, "the bot back on a new connection");
            }
        }

        await FakeDiscordServer.WaitForAsync(() => sent.All(i => discord.Callbacks.Any(c => c.InteractionId == i.Id)), Patience, "an answer to every interaction");
        // A stopped bot has finished every handler: a duplicate answer, if any, is in the fake by now.
        await bot.Host.StopAsync(CancellationToken.None);

        Assert.Equal(40, faults);
        foreach (var interaction in sent)
        {
            var answer = Assert.Single(discord.Callbacks, c => c.InteractionId == interaction.Id);
            Assert.True(answer.SinceInteraction < TimeSpan.FromSeconds(3), $"answered after {answer.SinceInteraction}");
        }

        Assert.Empty(discord.Violations);
    }

    [Fact]
    public async Task SlowAnswers_HeartbeatsKeepTheirBeatAndTheInteractionIsDeferredInTime()
    {
        var slow = new TaskCompletionSource();
        var entered = 0;
        var assistant = new Mock<IAssistant>();
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                Interlocked.Increment(ref entered);
                await slow.Task;
                return new AssistantAnswer("It splits the model into stages.", [], AnswerMode.Offline);
            });
        await using var bot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), assistant, new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 1000 });
        var discord = bot.Discord;

        var asked = await discord.SendInteractionAsync(2, BotEndToEndTests.Command("ask", ("question", "what is pipeline parallelism?")));
        await discord.SendMessageCreateAsync("and tensor parallelism?", mentionBot: true);
        await Eventually.UntilAsync(() => Volatile.Read(ref entered) == 2, "both handlers blocked in the assistant");
        var beatsBefore = discord.Heartbeats.Count;
        var connections = discord.ConnectionCount;

        // While both handlers are held, the heartbeat goes on (a gateway waiting on its handlers would send none) and
        // the interaction is deferred by the bot itself. Counted, not timed, so a busy machine cannot break it.
        await Eventually.UntilAsync(() => discord.Heartbeats.Count >= beatsBefore + 6, "six heartbeats while the handlers are blocked");
        var deferral = await FakeDiscordServer.WaitForAsync(() => discord.Callbacks.FirstOrDefault(c => c.InteractionId == asked.Id), Patience, "the deferral");
        Assert.Equal(2, Volatile.Read(ref entered));
        Assert.Equal(connections, discord.ConnectionCount);
        Assert.Empty(discord.OriginalEdits);
        slow.SetResult();
        await FakeDiscordServer.WaitForAsync(() => discord.OriginalEdits.Any(e => e.InteractionToken == asked.Token) && discord.ChannelMessages.Count == 1, Patience, "both answers");

        // Every beat was acknowledged in order: sequence numbers never go back.
        var sequences = discord.Heartbeats.Skip(beatsBefore).Select(b => b.Sequence ?? 0).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(5, deferral.Type);
        // Not before the bot's defer time (1.5 s), and within Discord's 3 s (the fake refuses later ones with 10062).
        Assert.InRange(deferral.SinceInteraction, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3));
        Assert.Contains("stages", discord.OriginalEdits.Single(e => e.InteractionToken == asked.Token).Content, StringComparison.Ordinal);
        Assert.Contains(FakeIds.Channel, discord.TypingChannels);
        Assert.Empty(discord.Violations);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4014)]
    public async Task FatalCloseCode_StopsTheAppAndDoesNotReconnect(int code)
    {
        await using var bot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), new Mock<IAssistant>());
        var lifetime = (Microsoft.Extensions.Hosting.IHostApplicationLifetime)bot.Host.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHostApplicationLifetime))!;
        var stopped = new TaskCompletionSource();
        lifetime.ApplicationStopping.Register(() => stopped.TrySetResult());
        var connections = bot.Discord.ConnectionCount;

        await bot.Discord.CloseAsync(code);
        await stopped.Task.WaitAsync(Patience);
        // Once the host has stopped, no reconnect can come any more: what the fake counted is final.
        await bot.Host.StopAsync(CancellationToken.None);

        Assert.Equal(connections, bot.Discord.ConnectionCount);
        var exit = (PaperBot.Discord.Bot.BotExit)bot.Host.Services.GetService(typeof(PaperBot.Discord.Bot.BotExit))!;
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), exit.Failure, StringComparison.Ordinal);
    }

    private static JsonObject Unused() => [];
}
