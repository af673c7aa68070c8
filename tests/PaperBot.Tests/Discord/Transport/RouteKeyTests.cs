using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class RouteKeyTests
{
    [Theory]
    [InlineData("POST", "channels/1329299508428935171/messages", "POST /channels/{id}/messages", "channels/1329299508428935171", false)]
    [InlineData("POST", "channels/42/typing", "POST /channels/{id}/typing", "channels/42", false)]
    [InlineData("GET", "gateway/bot", "GET /gateway/bot", "global", false)]
    [InlineData("PUT", "applications/1327201936998535169/guilds/1329299088998535170/commands", "PUT /applications/{id}/guilds/{id}/commands", "global", false)]
    [InlineData("POST", "interactions/1534820488315015177/aW50ZXJhY3Rpb24-tok_en/callback", "POST /interactions/{id}/{token}/callback", "interactions/1534820488315015177", true)]
    [InlineData("PATCH", "webhooks/1327201936998535169/aW50ZXJhY3Rpb24-tok_en/messages/@original", "PATCH /webhooks/{id}/{token}/messages/@original", "webhooks/1327201936998535169/aW50ZXJhY3Rpb24-tok_en", true)]
    [InlineData("POST", "webhooks/1327201936998535169/12345?wait=true", "POST /webhooks/{id}/{token}", "webhooks/1327201936998535169/12345", true)]
    public void From_Path_TemplateAndMajorParameter(string method, string path, string display, string major, bool interaction)
    {
        var key = RouteKey.From(new HttpMethod(method), path);

        Assert.Equal(display, key.Display);
        Assert.Equal(major, key.MajorParameter);
        Assert.Equal(interaction, key.IsInteraction);
        Assert.Equal(!interaction, key.UsesBotToken);
    }

    [Fact]
    public void From_SameRouteOtherChannel_SameRouteIdOtherMajor()
    {
        var a = RouteKey.From(HttpMethod.Post, "channels/1/messages");
        var b = RouteKey.From(HttpMethod.Post, "channels/2/messages");

        Assert.Equal(a.RouteId, b.RouteId);
        Assert.NotEqual(a.MajorParameter, b.MajorParameter);
    }

    [Fact]
    public void From_MethodIsPartOfTheRoute()
    {
        Assert.NotEqual(RouteKey.From(HttpMethod.Get, "applications/1/commands").RouteId, RouteKey.From(HttpMethod.Put, "applications/1/commands").RouteId);
    }

    [Fact]
    public void Display_NeverContainsTheInteractionToken()
    {
        var key = RouteKey.From(HttpMethod.Post, "interactions/1/secret-token-value/callback");

        Assert.DoesNotContain("secret-token-value", key.Display, StringComparison.Ordinal);
        Assert.True(key.IsInteractionCallback);
    }
}
