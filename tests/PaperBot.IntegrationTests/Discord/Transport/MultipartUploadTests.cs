using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;
using PaperBot.FakeDiscord;

namespace PaperBot.IntegrationTests.Discord.Transport;

/// <summary>Messages with files go as multipart/form-data (payload_json + files[n]) on every route that takes them.</summary>
public sealed class MultipartUploadTests
{
    private static readonly Snowflake Channel = Snowflake.Parse(FakeIds.Channel);
    private static readonly byte[] Bib = Encoding.UTF8.GetBytes("@misc{gpipe-1,\n  title = {{GPipe} über alles},\n}\n");

    private static MessageFile File(string name = "papers.bib", byte[]? content = null) => new(name, "application/x-bibtex; charset=utf-8", content ?? Bib);

    [Fact]
    public async Task CreateMessage_WithFiles_MultipartWithPayloadJsonAndEachFile()
    {
        await using var h = await TransportHarness.StartAsync();

        await h.Rest.CreateMessageAsync(Channel, new MessagePayload { Content = "your export", Files = [File(), File("papers.md", "# x"u8.ToArray())] }, CancellationToken.None);

        var request = Assert.Single(h.Server.Requests);
        Assert.StartsWith("multipart/form-data; boundary=", request.ContentType, StringComparison.Ordinal);
        var message = Assert.Single(h.Server.ChannelMessages);
        Assert.Equal("your export", message.Content);
        Assert.Equal(["papers.bib", "papers.md"], message.Files.Select(f => f.FileName));
        Assert.Equal(Bib, message.Files[0].Content);
        Assert.Equal("""[{"id":0,"filename":"papers.bib"},{"id":1,"filename":"papers.md"}]""", message.Body["attachments"]!.ToJsonString());
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task CreateMessage_ServerErrorThenSuccess_WholeUploadSentAgain()
    {
        await using var h = await TransportHarness.StartAsync();
        h.Server.InjectServerErrors(1, 502, "messages");

        await h.Rest.CreateMessageAsync(Channel, new MessagePayload { Content = "retry me", Files = [File()] }, CancellationToken.None);

        Assert.Equal([502, 200], h.Server.Requests.Select(r => r.Status));
        Assert.All(h.Server.Requests, r => Assert.Equal(Bib, Assert.Single(r.Files).Content));
        Assert.Equal(Bib, Assert.Single(Assert.Single(h.Server.ChannelMessages).Files).Content);
    }

    [Fact]
    public async Task Interaction_AnswerEditAndFollowupWithFiles_AllMultipart()
    {
        await using var h = await TransportHarness.StartAsync();
        await h.ConnectAsync();
        var application = Snowflake.Parse(h.Server.ApplicationId);
        var now = await h.Server.SendInteractionAsync();
        var later = await h.Server.SendInteractionAsync();

        await h.Rest.CreateInteractionResponseAsync(Snowflake.Parse(now.Id), now.Token, new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource,
            new InteractionCallbackData { Content = "here", Flags = MessageFlags.Ephemeral, AllowedMentions = AllowedMentions.None, Files = [File()] }), CancellationToken.None);
        await h.Rest.CreateInteractionResponseAsync(Snowflake.Parse(later.Id), later.Token, new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource), CancellationToken.None);
        await h.Rest.EditOriginalResponseAsync(application, later.Token, new MessagePayload { Content = "done", Files = [File()] }, CancellationToken.None);
        await h.Rest.CreateFollowupAsync(application, later.Token, new MessagePayload { Content = "more", Files = [File("more.md", "more"u8.ToArray())] }, CancellationToken.None);

        var answer = Assert.Single(h.Server.Callbacks, c => c.InteractionId == now.Id);
        Assert.Equal(Bib, Assert.Single(answer.Files).Content);
        Assert.Equal(0, answer.Data!["attachments"]![0]!["id"]!.GetValue<int>());
        Assert.Equal(Bib, Assert.Single(Assert.Single(h.Server.OriginalEdits).Files).Content);
        Assert.Equal("more.md", Assert.Single(Assert.Single(h.Server.Followups).Files).FileName);
        Assert.Empty(h.Server.Violations);
    }

    [Fact]
    public async Task CreateMessage_OverTheSizeLimit_413With40005()
    {
        await using var h = await TransportHarness.StartAsync(new FakeDiscordOptions { AttachmentSizeLimit = 1024 });

        var error = await Assert.ThrowsAsync<DiscordApiException>(() =>
            h.Rest.CreateMessageAsync(Channel, new MessagePayload { Content = "big", Files = [File(content: new byte[4096])] }, CancellationToken.None));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, error.Status);
        Assert.Equal(40005, error.Code);
        Assert.Empty(h.Server.ChannelMessages);
    }

    [Theory]
    [InlineData("""{"content":"x","attachments":[{"id":1,"filename":"a.bib"}]}""", "files[0]", "a.bib", "ATTACHMENT_NOT_FOUND")]
    [InlineData("""{"content":"x","attachments":[{"id":0,"filename":"b.bib"}]}""", "files[0]", "a.bib", "ATTACHMENT_FILENAME_MISMATCH")]
    [InlineData("""{"content":"x"}""", "files[0]", "a.bib", "ATTACHMENT_NOT_LISTED")]
    [InlineData(null, "files[0]", "a.bib", "BASE_TYPE_REQUIRED")]
    [InlineData("""{"content":"x","attachments":[{"id":0,"filename":"a.bib"}]}""", "file", "a.bib", "MULTIPART_INVALID")]
    public async Task FakeDiscord_BadMultipart_Refused50035(string? payloadJson, string partName, string fileName, string expectedCode)
    {
        await using var server = await FakeDiscordServer.StartAsync();
        using var http = new HttpClient();
        using var form = new MultipartFormDataContent();
        if (payloadJson is not null)
        {
            form.Add(new StringContent(payloadJson, Encoding.UTF8, "application/json"), "payload_json");
        }

        var file = new ByteArrayContent(Bib);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, partName, fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.ApiBaseUrl, $"channels/{FakeIds.Channel}/messages")) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bot", server.Token);
        request.Headers.TryAddWithoutValidation("User-Agent", RestPipeline.UserAgent);

        using var response = await http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(50035, body["code"]!.GetValue<int>());
        Assert.Contains(expectedCode, body["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(server.ChannelMessages);
    }
}
