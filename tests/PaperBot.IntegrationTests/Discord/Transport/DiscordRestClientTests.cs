using System.Diagnostics;
using System.Net;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

public sealed class DiscordRestClientTests
{
    private static readonly Snowflake Channel = Snowflake.Parse(FakeIds.Channel);

    private static MessagePayload Hello(string? nonce = null) =>
        new() { Content = "hello", Nonce = nonce, EnforceNonce = nonce is null ? null : true };

    [Fact]
    public async Task CreateMessage_SendsBotAuthUserAgentAndJson()
    {
        await using var h = await TransportHarness.StartAsync();

        var message = await h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None);

        var request = Assert.Single(h.Server.Requests);
        Assert.Equal($"Bot {h.Server.Token}", request.Authorization);
        Assert.StartsWith("DiscordBot (https://github.com/paperbot/paperbot, ", request.UserAgent, StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Equal("hello", message.Content);
        Assert.Equal("hello", Assert.Single(h.Server.ChannelMessages).Content);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task InteractionCallbackWithResponse_ReturnsTheMessageDiscordCreated()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var interaction = await h.Server.SendInteractionAsync();

        var message = await h.Rest.CreateInteractionResponseWithMessageAsync(Snowflake.Parse(interaction.Id), interaction.Token,
            new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new InteractionCallbackData { Content = "papers", AllowedMentions = AllowedMentions.None }), CancellationToken.None);

        Assert.NotNull(message);
        Assert.Equal(h.Server.OriginalMessageId(interaction), message.Id.ToString());
        Assert.Equal(FakeIds.Channel, message.ChannelId.ToString());
        Assert.Equal("papers", message.Content);
        Assert.EndsWith("/callback?with_response=true", h.Server.Requests.Single(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Path, StringComparison.Ordinal);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task InteractionCallback_GoesWithoutBotToken()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var interaction = await h.Server.SendInteractionAsync();

        await h.Rest.CreateInteractionResponseAsync(Snowflake.Parse(interaction.Id), interaction.Token,
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), CancellationToken.None);
        var edited = await h.Rest.EditOriginalResponseAsync(Snowflake.Parse(h.Server.ApplicationId), interaction.Token,
            new MessagePayload { Content = "done" }, CancellationToken.None);
        await h.Rest.CreateFollowupAsync(Snowflake.Parse(h.Server.ApplicationId), interaction.Token, new MessagePayload { Content = "more" }, CancellationToken.None);

        Assert.Null(h.Server.Requests.Single(r => r.Path.StartsWith("interactions/", StringComparison.Ordinal)).Authorization);
        Assert.Equal(5, Assert.Single(h.Server.Callbacks).Type);
        Assert.Equal("done", edited.Content);
        Assert.Equal("more", Assert.Single(h.Server.Followups).Content);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task ServerError_502_IsRetried()
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectServerErrors(2, 502);

        await h.Rest.TriggerTypingAsync(Channel, CancellationToken.None);

        Assert.Equal([502, 502, 204], h.Server.Requests.Select(r => r.Status));
        Assert.Equal([FakeIds.Channel], h.Server.TypingChannels);
    }

    [Fact]
    public async Task ServerError_Persistent_ThrowsWithStatusAfterRetries()
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectServerErrors(10, 503);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.TriggerTypingAsync(Channel, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(TransportHarness.FastRetries.MaxRetries + 1, h.Server.Requests.Count);
        Assert.Contains("POST /channels/{id}/typing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessage_RetriedWithNonce_PostsOnce()
    {
        await using var h = await TransportHarness.StartAsync();

        var first = await h.Rest.CreateMessageAsync(Channel, Hello("n-1"), CancellationToken.None);
        var again = await h.Rest.CreateMessageAsync(Channel, Hello("n-1"), CancellationToken.None);

        Assert.Equal(first.Id, again.Id);
        Assert.Single(h.Server.ChannelMessages);
    }

    [Fact]
    public async Task InteractionCallback_Twice_Throws40060WithoutRetry()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var interaction = await h.Server.SendInteractionAsync();
        var id = Snowflake.Parse(interaction.Id);
        var answer = new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, new InteractionCallbackData { Content = "hi", AllowedMentions = AllowedMentions.None });
        await h.Rest.CreateInteractionResponseAsync(id, interaction.Token, answer, CancellationToken.None);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateInteractionResponseAsync(id, interaction.Token, answer, CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.AlreadyAcknowledged, error.Code);
        Assert.Equal(2, h.Server.Requests.Count(r => r.Path.EndsWith("/callback", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task InteractionCallback_AfterDeadline_Throws10062WithoutRetry()
    {
        // A zero deadline makes every callback late, with no waiting for time to pass.
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { InteractionDeadline = TimeSpan.Zero });
        await h.ConnectAsync();
        var interaction = await h.Server.SendInteractionAsync();

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateInteractionResponseAsync(Snowflake.Parse(interaction.Id), interaction.Token,
            new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.UnknownInteraction, error.Code);
        Assert.Equal(HttpStatusCode.NotFound, error.Status);
        Assert.Single(h.Server.Requests, r => r.Path.EndsWith("/callback", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateMessage_TitleTooLong_Throws50035WithFieldPath()
    {
        await using var h = await TransportHarness.StartAsync();
        var payload = new MessagePayload { Embeds = [new Embed { Title = new string('x', 300) }] };

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateMessageAsync(Channel, payload, CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.InvalidFormBody, error.Code);
        Assert.Equal("Discord refused POST /channels/{id}/messages: 50035 Invalid Form Body (embeds.0.title: Must be 256 or fewer in length.)", error.Message);
        Assert.NotNull(error.ErrorsJson);
        Assert.Single(h.Server.Requests);
    }

    [Theory]
    [InlineData(FakeChannelState.Deleted, DiscordErrorCodes.UnknownChannel)]
    [InlineData(FakeChannelState.NoAccess, DiscordErrorCodes.MissingAccess)]
    [InlineData(FakeChannelState.MissingPermissions, DiscordErrorCodes.MissingPermissions)]
    public async Task CreateMessage_UnavailableChannel_ThrowsItsCode(FakeChannelState state, int code)
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.SetChannel(FakeIds.Channel, state);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None));

        Assert.Equal(code, error.Code);
        Assert.True(DiscordErrorCodes.IsChannelUnavailable(error.Code));
        Assert.Single(h.Server.Requests);
    }

    [Fact]
    public async Task WrongToken_401_SaysCheckTokenAndStopsSending()
    {
        await using var h = await TransportHarness.StartAsync(configure: o => o.Token = "not-the-token");
        var rest = new DiscordRestClient(new HttpClient(), Microsoft.Extensions.Options.Options.Create(h.Options), TimeProvider.System, h.Logs.For<DiscordRestClient>());

        var first = await Assert.ThrowsAsync<DiscordApiException>(() => rest.GetGatewayBotAsync(CancellationToken.None));
        var second = await Assert.ThrowsAsync<DiscordApiException>(() => rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None));

        Assert.Equal(DiscordErrorCodes.Unauthorized, first.Code);
        Assert.Contains("Discord:Token", first.Message, StringComparison.Ordinal);
        Assert.Equal(DiscordErrorCodes.Unauthorized, second.Code);
        Assert.Single(h.Server.Requests);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("not-the-token", StringComparison.Ordinal));
        Assert.DoesNotContain("not-the-token", first.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_PutThenGet_RoundTrips()
    {
        await using var h = await TransportHarness.StartAsync();
        var app = Snowflake.Parse(h.Server.ApplicationId);
        var guild = Snowflake.Parse(FakeIds.Guild);
        CommandDefinition[] commands = [new() { Name = "paper", Description = "Find papers" }];

        var put = await h.Rest.BulkOverwriteCommandsAsync(app, guild, commands, CancellationToken.None);
        var got = await h.Rest.GetCommandsAsync(app, guild, CancellationToken.None);

        Assert.NotNull(Assert.Single(put).Id);
        Assert.Equal("paper", Assert.Single(got).Name);
        Assert.Single(h.Server.CommandPuts);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task Logs_DuringFaults_NeverContainToken()
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectServerErrors(1);
        h.Server.InjectRateLimits(RateLimitFaultKind.Route, 1, 0.05);
        await h.ConnectAsync();
        await h.Rest.CreateMessageAsync(Channel, Hello(), CancellationToken.None);
        h.Server.AbortConnection();
        await h.NextAsync("RESUMED");

        Assert.NotEmpty(h.Logs.Lines);
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains(h.Server.Token, StringComparison.Ordinal));
    }
}
