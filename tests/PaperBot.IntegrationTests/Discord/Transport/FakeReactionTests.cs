using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PaperBot.Discord.Json;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>The fake gateway's reaction events: the real gateway's shape, and only to a bot that asked for them.</summary>
public sealed class FakeReactionTests
{
    [Fact]
    public async Task SendReaction_BotWithTheIntents_GetsTheGatewayShapeThatPaperBotReads()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        var sequence = await h.Server.SendReactionAsync("1329300000000000001", FakeIds.User, "🔖");
        var dispatch = await h.NextAsync("MESSAGE_REACTION_ADD");

        Assert.True(sequence > 0);
        var reaction = dispatch.Data.Deserialize(DiscordJsonContext.Default.MessageReaction)!;
        Assert.Equal("1329300000000000001", reaction.MessageId.ToString());
        Assert.Equal(FakeIds.User, reaction.UserId.ToString());
        Assert.Equal(h.Server.BotUserId, reaction.MessageAuthorId.ToString());
        Assert.Equal(FakeIds.User, reaction.Member!.User!.Id.ToString());
        Assert.Equal("🔖", reaction.Emoji!.Name);
        Assert.Null(reaction.Emoji.Id);
    }

    [Fact]
    public async Task SendReaction_Removal_CarriesNoMemberNorAuthor()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();

        await h.Server.SendReactionAsync("1329300000000000001", FakeIds.User, added: false);
        var dispatch = await h.NextAsync("MESSAGE_REACTION_REMOVE");

        Assert.False(dispatch.Data.TryGetProperty("member", out _));
        Assert.False(dispatch.Data.TryGetProperty("message_author_id", out _));
        Assert.Equal("👍", dispatch.Data.GetProperty("emoji").GetProperty("name").GetString());
    }

    [Fact]
    public async Task SendReaction_BotWithoutTheIntents_NothingSent()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        var identify = new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject { ["token"] = server.Token, ["intents"] = 4609, ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "t", ["device"] = "t" } },
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(identify.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        await FakeDiscordServer.WaitForAsync(() => server.IdentifyCount == 1, TransportHarness.Timeout, "the identify");

        Assert.Equal(0, await server.SendReactionAsync("1329300000000000001", FakeIds.User));
        Assert.Equal(0, await server.SendReactionAsync("1329300000000000001", FakeIds.User, guildId: null));
    }
}
