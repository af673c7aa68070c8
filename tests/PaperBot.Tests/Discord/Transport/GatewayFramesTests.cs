using System.Text.Json;
using PaperBot.Discord.Gateway;

namespace PaperBot.Tests.Discord.Transport;

public sealed class GatewayFramesTests
{
    [Theory]
    [InlineData(false, 13825)]
    [InlineData(true, 46593)]
    public void Intents_ReactionsAlwaysMessageContentOnlyWhenAsked(bool messageContent, int expected)
    {
        Assert.Equal(expected, GatewayFrames.Intents(messageContent));
    }

    [Fact]
    public void Identify_MatchesTheFixtureShape()
    {
        using var fixture = JsonDocument.Parse(File.ReadAllText(TestPaths.TestData("discord/gateway/identify-paperbot.json")));
        using var frame = JsonDocument.Parse(GatewayFrames.Identify("tkn", 4609, ShardId.Single));
        var d = frame.RootElement.GetProperty("d");

        Assert.Equal(2, frame.RootElement.GetProperty("op").GetInt32());
        Assert.Equal(fixture.RootElement.GetProperty("d").GetProperty("intents").GetInt32(), d.GetProperty("intents").GetInt32());
        Assert.Equal("[0,1]", d.GetProperty("shard").GetRawText());
        Assert.Equal("paperbot", d.GetProperty("properties").GetProperty("browser").GetString());
        Assert.Equal("paperbot", d.GetProperty("properties").GetProperty("device").GetString());
        Assert.False(d.TryGetProperty("compress", out _));
    }

    [Fact]
    public void Identify_Shard_SendsIdAndCount()
    {
        using var frame = JsonDocument.Parse(GatewayFrames.Identify("tkn", 4609, new ShardId(3, 8)));

        Assert.Equal("[3,8]", frame.RootElement.GetProperty("d").GetProperty("shard").GetRawText());
    }

    [Theory]
    [InlineData(null, """{"op":1,"d":null}""")]
    [InlineData(251, """{"op":1,"d":251}""")]
    public void Heartbeat_CarriesSequenceOrNull(int? sequence, string expected)
    {
        Assert.Equal(expected, System.Text.Encoding.UTF8.GetString(GatewayFrames.Heartbeat(sequence)));
    }

    [Fact]
    public void Resume_HasSessionAndSeq()
    {
        using var frame = JsonDocument.Parse(GatewayFrames.Resume("tkn", "sess", 1337));

        Assert.Equal(6, frame.RootElement.GetProperty("op").GetInt32());
        Assert.Equal("sess", frame.RootElement.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(1337, frame.RootElement.GetProperty("d").GetProperty("seq").GetInt32());
    }

    [Fact]
    public void WithQuery_AddsVersionAndEncoding()
    {
        Assert.Equal("wss://gateway-resume.example/?v=10&encoding=json", GatewayClient.WithQuery(new Uri("wss://gateway-resume.example")).AbsoluteUri);
    }
}
