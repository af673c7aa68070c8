using System.Net;
using Microsoft.Extensions.Options;
using PaperBot.Discord;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class DiscordRestClientTests
{
    private const string Token = "MTIz.secret-bot-token.xyz";
    private static readonly RestRetryPolicy Fast = new() { InitialDelay = TimeSpan.FromMilliseconds(1), MaxDelay = TimeSpan.FromMilliseconds(5) };
    private static readonly Snowflake Channel = new(1329299508428935171);

    private readonly ListLogger<DiscordRestClient> _logger = new();

    private DiscordRestClient Create(ScriptedHandler handler) =>
        new(new HttpClient(handler), Options.Create(new DiscordOptions { Token = Token, ApiBaseUrl = new Uri("https://discord.test/api/v10") }), TimeProvider.System, _logger, Fast);

    private static Func<HttpResponseMessage> MessageOk() =>
        ScriptedHandler.Json(HttpStatusCode.OK, """{"id":"1","channel_id":"1329299508428935171","content":"hi"}""");

    [Fact]
    public async Task CreateMessage_Headers_AuthUserAgentJsonAndVersionedPath()
    {
        var handler = new ScriptedHandler(MessageOk());
        using var client = Create(handler);

        await client.CreateMessageAsync(Channel, new MessagePayload { Content = "hi" }, CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal("https://discord.test/api/v10/channels/1329299508428935171/messages", request.RequestUri!.AbsoluteUri);
        Assert.Equal($"Bot {Token}", request.Headers.Authorization!.ToString());
        Assert.StartsWith("DiscordBot (https://github.com/paperbot/paperbot, ", string.Join(" ", request.Headers.GetValues("User-Agent")), StringComparison.Ordinal);
        Assert.Equal("application/json", request.Content!.Headers.ContentType!.MediaType);
        Assert.Contains("\"allowed_mentions\":{\"parse\":[]", Assert.Single(handler.Bodies), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionCallback_400_NotRetried_NoBotToken()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.BadRequest, """{"message":"Interaction has already been acknowledged.","code":40060}"""));
        using var client = Create(handler);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateInteractionResponseAsync(new Snowflake(1), "itoken",
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.AlreadyAcknowledged, error.Code);
        var request = Assert.Single(handler.Requests);
        Assert.Null(request.Headers.Authorization);
        Assert.DoesNotContain("itoken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransportError_IsRetried()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Throw(new HttpRequestException("reset")), ScriptedHandler.Throw(new TaskCanceledException("timeout")), MessageOk());
        using var client = Create(handler);

        var message = await client.CreateMessageAsync(Channel, new MessagePayload { Content = "hi", Nonce = "n", EnforceNonce = true }, CancellationToken.None);

        Assert.Equal("hi", message.Content);
        Assert.Equal(3, handler.Requests.Count);
    }

    [Fact]
    public async Task RateLimited_RetriesAfterBodyRetryAfter()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.TooManyRequests, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""", ("X-RateLimit-Bucket", "b1"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "0.05")),
            MessageOk());
        using var client = Create(handler);

        await client.CreateMessageAsync(Channel, new MessagePayload { Content = "hi" }, CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Unauthorized_ThrowsTokenMessage_NeverLogsTheToken()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.BadGateway, "{}"),
            ScriptedHandler.Json(HttpStatusCode.TooManyRequests, """{"retry_after":0.01,"global":true}"""),
            ScriptedHandler.Json(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}"""));
        using var client = Create(handler);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.Unauthorized, error.Code);
        Assert.Contains("Discord:Token", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(_logger.Lines);
        Assert.DoesNotContain(_logger.Lines, l => l.Contains(Token, StringComparison.Ordinal) || l.Contains("secret-bot-token", StringComparison.Ordinal));
        Assert.DoesNotContain(Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InteractionCallback_40060AfterA502_MeansOurFirstAttemptLanded()
    {
        var handler = new ScriptedHandler(
            ScriptedHandler.Json(HttpStatusCode.BadGateway, "{}"),
            ScriptedHandler.Json(HttpStatusCode.BadRequest, """{"message":"Interaction has already been acknowledged.","code":40060}"""));
        using var client = Create(handler);

        await client.CreateInteractionResponseAsync(new Snowflake(1), "itoken", new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task InteractionCallback_404_NotRetried()
    {
        var handler = new ScriptedHandler(ScriptedHandler.Json(HttpStatusCode.NotFound, """{"message":"Unknown interaction","code":10062}"""), MessageOk());
        using var client = Create(handler);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => client.CreateInteractionResponseAsync(new Snowflake(1), "itoken",
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.UnknownInteraction, error.Code);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task CreateMessage_WithoutNonce_GetsOneSoRetriesCannotDuplicate()
    {
        var handler = new ScriptedHandler(MessageOk());
        using var client = Create(handler);

        await client.CreateMessageAsync(Channel, new MessagePayload { Content = "hi" }, CancellationToken.None);

        using var body = System.Text.Json.JsonDocument.Parse(Assert.Single(handler.Bodies));
        Assert.InRange(body.RootElement.GetProperty("nonce").GetString()!.Length, 1, 25);
        Assert.True(body.RootElement.GetProperty("enforce_nonce").GetBoolean());
    }

    [Fact]
    public async Task CreateMessage_CallerNonce_IsKept()
    {
        var handler = new ScriptedHandler(MessageOk());
        using var client = Create(handler);

        await client.CreateMessageAsync(Channel, new MessagePayload { Content = "hi", Nonce = "feed-42", EnforceNonce = true }, CancellationToken.None);

        Assert.Contains("\"nonce\":\"feed-42\"", Assert.Single(handler.Bodies), StringComparison.Ordinal);
    }
}
