using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>The fake refuses what Discord refuses: these guard the guard that every other Discord test relies on.</summary>
public sealed class FakeDiscordServerTests
{
    private const string Messages = "channels/1329299508428935171/messages";
    private const string Mentions = """ "allowed_mentions": {"parse": []} """;

    private static async Task<(HttpStatusCode Status, JsonObject? Body)> SendAsync(FakeDiscordServer server, HttpMethod method, string path, string? json,
        bool auth = true, string userAgent = "DiscordBot (https://example.org, 1.0)", string contentType = "application/json")
    {
        using var http = new HttpClient { BaseAddress = server.ApiBaseUrl };
        using var request = new HttpRequestMessage(method, path);
        if (auth)
        {
            request.Headers.TryAddWithoutValidation("Authorization", $"Bot {server.Token}");
        }

        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8);
            request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text) as JsonObject : null);
    }

    [Fact]
    public async Task HoldAnswers_MessageCreatedButAnswerWaitsForRelease()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        server.HoldAnswers("1329299508428935171");

        var send = SendAsync(server, HttpMethod.Post, Messages, $$"""{"content":"held",{{Mentions}}}""");
        await FakeDiscordServer.WaitForAsync(() => server.ChannelMessages.Count == 1, TimeSpan.FromSeconds(30), "the held message");
        var other = await SendAsync(server, HttpMethod.Post, "channels/1329299508428935172/messages", $$"""{"content":"free",{{Mentions}}}""");

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.False(send.IsCompleted, "the held channel's answer came before its release");
        server.ReleaseAnswers("1329299508428935171");
        var (status, body) = await send;
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(server.ChannelMessages[0].Id, body!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rest_NoAuthorization_401()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        var (status, body) = await SendAsync(server, HttpMethod.Post, Messages, $$"""{"content":"x",{{Mentions}}}""", auth: false);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(0, body!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task Rest_BrowserUserAgent_40333AndViolation()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        var (status, body) = await SendAsync(server, HttpMethod.Get, "gateway/bot", null, userAgent: "Mozilla/5.0");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(40333, body!["code"]!.GetValue<int>());
        Assert.Single(server.Violations);
    }

    [Fact]
    public async Task Rest_BodyWithoutJsonContentType_50035()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        var (status, body) = await SendAsync(server, HttpMethod.Post, Messages, """{"content":"x"}""", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"content":"CONTENT2001"}""", "content")]
    [InlineData("""{"embeds":[{"title":"TITLE257"}]}""", "embeds.0.title")]
    [InlineData("""{"embeds":[{"description":"DESC4097"}]}""", "embeds.0.description")]
    [InlineData("""{"embeds":[{"footer":{"text":"FOOTER2049"}}]}""", "embeds.0.footer.text")]
    [InlineData("""{"embeds":[{"fields":[{"name":"n","value":"VALUE1025"}]}]}""", "embeds.0.fields.0.value")]
    [InlineData("""{"embeds":[{"description":"DESC4000"},{"description":"DESC4000"}]}""", "embeds")]
    [InlineData("""{"embeds":[{},{},{},{},{},{},{},{},{},{},{"title":"t"}]}""", "embeds")]
    [InlineData("""{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"ID101"}]}]}""", "components.0.components.0.custom_id")]
    [InlineData("""{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"LABEL81","custom_id":"x"}]}]}""", "components.0.components.0.label")]
    [InlineData("""{"components":[{"type":1,"components":[{"type":2,"style":1,"label":"a","custom_id":"1"},{"type":2,"style":1,"label":"a","custom_id":"2"},{"type":2,"style":1,"label":"a","custom_id":"3"},{"type":2,"style":1,"label":"a","custom_id":"4"},{"type":2,"style":1,"label":"a","custom_id":"5"},{"type":2,"style":1,"label":"a","custom_id":"6"}]}]}""", "components.0.components")]
    public async Task Rest_MessageOverALimit_50035WithThePath(string template, string path)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var json = Expand(template)[..^1] + "," + Mentions + "}";

        var (status, body) = await SendAsync(server, HttpMethod.Post, Messages, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(50035, body!["code"]!.GetValue<int>());
        var node = body["errors"];
        foreach (var part in path.Split('.'))
        {
            node = node![part];
        }

        Assert.NotNull(node!["_errors"]);
        Assert.Empty(server.ChannelMessages);
    }

    [Fact]
    public async Task Rest_EmptyMessage_50006()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        var (status, body) = await SendAsync(server, HttpMethod.Post, Messages, $$"""{"content":"",{{Mentions}}}""");

        Assert.Equal((HttpStatusCode.BadRequest, 50006), (status, body!["code"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Rest_NoAllowedMentions_AcceptedButRecorded()
    {
        await using var server = await FakeDiscordServer.StartAsync();

        var (status, _) = await SendAsync(server, HttpMethod.Post, Messages, """{"content":"@everyone hi"}""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("allowed_mentions", Assert.Single(server.Violations), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_AutocompleteWith26Choices_50035()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        var interaction = await server.SendInteractionAsync(type: 4);
        var choices = string.Join(",", Enumerable.Range(0, 26).Select(i => $$"""{"name":"c{{i}}","value":"v{{i}}"}"""));

        var (status, body) = await SendAsync(server, HttpMethod.Post, $"interactions/{interaction.Id}/{interaction.Token}/callback",
            """{"type":8,"data":{"choices":[""" + choices + "]}}", auth: false);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]!["choices"]);
        Assert.Empty(server.Callbacks);
    }

    [Fact]
    public async Task Rest_ExhaustedBucket_429AndViolation()
    {
        await using var server = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { BucketLimit = 1, BucketWindow = TimeSpan.FromSeconds(10) });
        var json = $$"""{"content":"x",{{Mentions}}}""";

        var first = await SendAsync(server, HttpMethod.Post, Messages, json);
        var second = await SendAsync(server, HttpMethod.Post, Messages, json);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.TooManyRequests), (first.Status, second.Status));
        Assert.Contains("exhausted", Assert.Single(server.Violations), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_FrameOver4096Bytes_Closes4002AndRecords()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        var buffer = new byte[8192];
        await socket.ReceiveAsync(buffer, CancellationToken.None); // Hello

        var big = Encoding.UTF8.GetBytes("{\"op\":3,\"d\":{\"status\":\"" + new string('x', 5000) + "\"}}");
        await socket.SendAsync(big, WebSocketMessageType.Text, true, CancellationToken.None);
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4002, (int)socket.CloseStatus!);
        Assert.Contains("4096", Assert.Single(server.Violations), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_MoreThan120EventsAMinute_Recorded()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        var presence = Encoding.UTF8.GetBytes("""{"op":3,"d":{"status":"online","afk":false,"since":null,"activities":[]}}""");
        var identify = new JsonObject
        {
            ["op"] = 2,
            ["d"] = new JsonObject { ["token"] = server.Token, ["intents"] = 4609, ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "t", ["device"] = "t" } },
        };
        await socket.SendAsync(Encoding.UTF8.GetBytes(identify.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);

        for (var i = 0; i < 120; i++)
        {
            await socket.SendAsync(presence, WebSocketMessageType.Text, true, CancellationToken.None);
        }

        await FakeDiscordServer.WaitForAsync(() => server.Violations.Count > 0, TimeSpan.FromSeconds(10), "the 121st event to be flagged");
        Assert.Contains("120", Assert.Single(server.Violations), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_OpBeforeIdentify_Closes4003()
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(server.GatewayUrl + "?v=10&encoding=json"), CancellationToken.None);
        var buffer = new byte[8192];
        await socket.ReceiveAsync(buffer, CancellationToken.None); // Hello

        await socket.SendAsync(Encoding.UTF8.GetBytes("""{"op":3,"d":{"status":"online"}}"""), WebSocketMessageType.Text, true, CancellationToken.None);
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);

        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(4003, (int)socket.CloseStatus!);
    }

    // CONTENT2001 → 2001 characters, etc.: keeps the theory rows readable.
    private static string Expand(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template, "\"([A-Z]+)([0-9]+)\"", m => $"\"{new string('x', int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))}\"");
}
