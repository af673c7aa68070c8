using System.Net;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Transport;

public sealed class RateLimitResponseTests
{
    private static RateLimitHeaders FixtureHeaders(string name)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        foreach (var line in File.ReadLines(TestPaths.TestData($"discord/rest/{name}.headers.txt")))
        {
            var text = line.TrimStart('<', ' ');
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !text.StartsWith("HTTP/", StringComparison.Ordinal))
            {
                response.Headers.TryAddWithoutValidation(text[..colon], text[(colon + 1)..].Trim());
            }
        }

        return RateLimitHeaders.Parse(response.Headers);
    }

    private static string FixtureBody(string name) => File.ReadAllText(TestPaths.TestData($"discord/rest/{name}.json"));

    [Fact]
    public void Parse_UserFixture_BodyRetryAfterAndBucketHeaders()
    {
        var headers = FixtureHeaders("rate-limit-429-user");

        var limit = RateLimitResponse.Parse(headers, FixtureBody("rate-limit-429-user"));

        Assert.Equal((10, 0, "abcd1234", "user"), (headers.Limit, headers.Remaining, headers.Bucket, headers.Scope));
        Assert.Equal(TimeSpan.FromSeconds(64.57), headers.ResetAfter);
        Assert.Equal(TimeSpan.FromSeconds(64.57), limit.RetryAfter);
        Assert.False(limit.IsGlobal);
        Assert.False(limit.IsCloudflare);
    }

    [Fact]
    public void Parse_GlobalFixture_IsGlobal()
    {
        var limit = RateLimitResponse.Parse(FixtureHeaders("rate-limit-429-global"), FixtureBody("rate-limit-429-global"));

        Assert.True(limit.IsGlobal);
        Assert.Equal("global", limit.Scope);
        Assert.Equal(TimeSpan.FromSeconds(64.57), limit.RetryAfter);
    }

    [Fact]
    public void Parse_SharedFixture_ScopeShared_NotGlobal()
    {
        var limit = RateLimitResponse.Parse(FixtureHeaders("rate-limit-429-shared"), FixtureBody("rate-limit-429-shared"));

        Assert.Equal("shared", limit.Scope);
        Assert.False(limit.IsGlobal);
        Assert.Equal(TimeSpan.FromSeconds(1336.57), limit.RetryAfter);
    }

    [Theory]
    [InlineData("error code: 1015")]
    [InlineData("<html><body>Access denied</body></html>")]
    [InlineData("{not json")]
    [InlineData("")]
    public void Parse_NotDiscordJson_CloudflareBackoffFromRetryAfterHeader(string body)
    {
        var headers = new RateLimitHeaders(null, null, null, null, false, null, TimeSpan.FromSeconds(30));

        var limit = RateLimitResponse.Parse(headers, body);

        Assert.True(limit.IsCloudflare);
        Assert.True(limit.IsGlobal);
        Assert.Equal(TimeSpan.FromSeconds(30), limit.RetryAfter);
    }

    [Fact]
    public void Parse_NotJsonAndNoHeader_WaitsTheLongDefault()
    {
        var limit = RateLimitResponse.Parse(default, "error code: 1015");

        Assert.Equal(RateLimitResponse.CloudflareDefault, limit.RetryAfter);
        Assert.True(limit.RetryAfter >= TimeSpan.FromSeconds(30));
    }
}
