using System.Net;
using PaperBot.Data;
using PaperBot.Sources.HuggingFace;

namespace PaperBot.Tests.Sources.HuggingFace;

public sealed class RateLimitHeaderTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 18, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("\"api\";r=0;t=38", 38)]
    [InlineData("\"api\";r=0;t=1", 1)]
    [InlineData("\"api\"; r=5; t = 7", 7)]
    [InlineData("\"pages\";r=10;t=3, \"api\";r=0;t=38", 3)]
    [InlineData("\"api\";r=0", null)]
    [InlineData("\"api\";r=0;t=-4", null)]
    [InlineData("garbage", null)]
    [InlineData("", null)]
    public void ParseReset_FieldValue_GivesTheTParameter(string value, int? expected) =>
        Assert.Equal(expected, RateLimitHeader.ParseReset(value));

    [Fact]
    public void WaitOf_RateLimitAndRetryAfter_RateLimitWins()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("RateLimit", "\"api\";r=0;t=38");
        response.Headers.TryAddWithoutValidation("Retry-After", "5");

        Assert.Equal(TimeSpan.FromSeconds(38), RateLimitHeader.WaitOf(response.Headers, Now));
    }

    [Theory]
    [InlineData("12", 12)]
    [InlineData("Tue, 18 Aug 2026 12:00:30 GMT", 30)]
    [InlineData("Tue, 18 Aug 2026 11:00:00 GMT", 0)]
    public void WaitOf_RetryAfterOnly_SecondsOrDate(string value, int seconds)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", value);

        Assert.Equal(TimeSpan.FromSeconds(seconds), RateLimitHeader.WaitOf(response.Headers, Now));
    }

    [Fact]
    public void WaitOf_NoHeader_Null()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);

        Assert.Null(RateLimitHeader.WaitOf(response.Headers, Now));
    }

    [Fact]
    public void ResolveFolder_NotSet_SourcesHuggingFaceBesideTheDatabase()
    {
        var database = Path.Combine(Path.GetTempPath(), "paperbot-x", "paperbot.db");

        var folder = new HuggingFaceOptions().ResolveFolder(new StoreOptions { DatabasePath = database });

        Assert.Equal(Path.Combine(Path.GetTempPath(), "paperbot-x", "sources", "huggingface"), folder);
    }
}
