using System.Text.Json.Nodes;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;
using PaperBot.FakeDiscord;

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
            await Task.Delay(30);
        }

        await FakeDiscordServer.WaitForAsync(() => sent.All(i => discord.Callbacks.Any(c => c.InteractionId == i.Id)), Patience, "an answer to every interaction");
        await Task.Delay(500); // room for a duplicate to show

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
        var assistant = new Mock<IAssistant>();
        assistant.Setup(a => a.AskAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                await slow.Task;
                return new AssistantAnswer("It splits the model into stages.", [], AnswerMode.Offline);
            });
        await using var bot = await InProcessBot.StartAsync(new Mock<IPaperSearch>(), assistant, new FakeDiscordOptions { HeartbeatIntervalMilliseconds = 100 });
        var discord = bot.Discord;

        var asked = await discord.SendInteractionAsync(2, BotEndToEndTests.Command("ask", ("question", "what is pipeline parallelism?")));
        await discord.SendMessageCreateAsync("and tensor parallelism?", mentionBot: true);
        var beatsBefore = discord.Heartbeats.Count;
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var beatsDuring = discord.Heartbeats.Count - beatsBefore;
        var deferral = discord.Callbacks.Single(c => c.InteractionId == asked.Id);
        slow.SetResult();
        await FakeDiscordServer.WaitForAsync(() => discord.OriginalEdits.Any(e => e.InteractionToken == asked.Token) && discord.ChannelMessages.Count == 1, Patience, "both answers");

        // 3.5 s at 100 ms is 35 beats; a gateway waiting on the handlers would have sent none. (Loose bounds: busy CI machines.)
        Assert.InRange(beatsDuring, 15, 40);
        Assert.Equal(5, deferral.Type);
        Assert.InRange(deferral.SinceInteraction, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2.9));
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
        await Task.Delay(500);

        Assert.Equal(connections, bot.Discord.ConnectionCount);
        var exit = (PaperBot.Discord.Bot.BotExit)bot.Host.Services.GetService(typeof(PaperBot.Discord.Bot.BotExit))!;
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), exit.Failure, StringComparison.Ordinal);
    }

    private static JsonObject Unused() => [];
}
