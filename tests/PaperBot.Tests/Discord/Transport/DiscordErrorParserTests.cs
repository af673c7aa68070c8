using System.Net;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class DiscordErrorParserTests
{
    private const string Route = "POST /channels/{id}/messages";

    private static string Fixture(string name) => File.ReadAllText(TestPaths.TestData($"discord/rest/{name}.json"));

    [Fact]
    public void Parse_50035NestedArray_ListsEveryFieldPath()
    {
        var error = DiscordErrorParser.Parse(HttpStatusCode.BadRequest, Route, Fixture("error-50035-array"));

        Assert.Equal(50035, error.Code);
        Assert.Equal(HttpStatusCode.BadRequest, error.Status);
        Assert.Equal(
            "Discord refused POST /channels/{id}/messages: 50035 Invalid Form Body (activities.0.platform: Value must be one of ('desktop', 'android', 'ios').; " +
            "activities.0.type: Value must be one of (0, 1, 2, 3, 4, 5).)",
            error.Message);
        Assert.Contains("activities", error.ErrorsJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_50035Object_FieldPath()
    {
        var error = DiscordErrorParser.Parse(HttpStatusCode.BadRequest, Route, Fixture("error-50035-object"));

        Assert.EndsWith("50035 Invalid Form Body (access_token: This field is required)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_50035RootErrors_NoPath()
    {
        var error = DiscordErrorParser.Parse(HttpStatusCode.BadRequest, Route, Fixture("error-50035-request"));

        Assert.EndsWith("50035 Invalid Form Body (Command exceeds maximum size (8000))", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error-simple", HttpStatusCode.Forbidden, 50014)]
    [InlineData("error-10062-unknown-interaction", HttpStatusCode.NotFound, 10062)]
    [InlineData("error-40060-already-acknowledged", HttpStatusCode.BadRequest, 40060)]
    public void Parse_SimpleError_CodeAndMessage(string fixture, HttpStatusCode status, int code)
    {
        var error = DiscordErrorParser.Parse(status, Route, Fixture(fixture));

        Assert.Equal(code, error.Code);
        Assert.StartsWith($"Discord refused {Route}: {code} ", error.Message, StringComparison.Ordinal);
        Assert.Null(error.ErrorsJson);
    }

    [Fact]
    public void Parse_401_SaysTheTokenWasRejected()
    {
        var error = DiscordErrorParser.Parse(HttpStatusCode.Unauthorized, "GET /gateway/bot", """{"message": "401: Unauthorized", "code": 0}""");

        Assert.Equal(DiscordErrorCodes.Unauthorized, error.Code);
        Assert.Contains("check Discord:Token", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<html><h1>502 Bad Gateway</h1></html>")]
    [InlineData("")]
    [InlineData("[1,2]")]
    public void Parse_NotDiscordJson_CodeZeroWithStatus(string body)
    {
        var error = DiscordErrorParser.Parse(HttpStatusCode.BadGateway, Route, body);

        Assert.Equal(0, error.Code);
        Assert.Contains("HTTP 502", error.Message, StringComparison.Ordinal);
    }
}
