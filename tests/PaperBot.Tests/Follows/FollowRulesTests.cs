using PaperBot.Core.Follows;

namespace PaperBot.Tests.Follows;

public sealed class FollowRulesTests
{
    [Theory]
    [InlineData("2026-12-07T10:00:00Z", DigestPeriod.Daily, "2026-12-07", "2026-12-08T00:00:00Z")]
    [InlineData("2026-12-07T23:59:59Z", DigestPeriod.Weekly, "2026-W50", "2026-12-14T00:00:00Z")]
    [InlineData("2026-12-13T12:00:00Z", DigestPeriod.Weekly, "2026-W50", "2026-12-14T00:00:00Z")]
    [InlineData("2027-01-01T12:00:00Z", DigestPeriod.Weekly, "2026-W53", "2027-01-04T00:00:00Z")]
    public void PeriodKey_UtcDayOrIsoWeek_AndTheNextPeriodStart(string at, DigestPeriod period, string key, string next)
    {
        var instant = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(key, FollowRules.PeriodKey(period, instant));
        Assert.Equal(DateTimeOffset.Parse(next, System.Globalization.CultureInfo.InvariantCulture), FollowRules.NextPeriodStart(period, instant));
    }

    [Theory]
    [InlineData("José Martínez", "jose martinez", true)]
    [InlineData("JOSÉ  MARTÍNEZ", "José Martínez", true)]
    [InlineData("Zoë Kravitz", "Zoe Kravitz", true)]
    [InlineData("Jose", "José Martínez", false)]
    public void IsAuthor_CaseAndAccentsAside_WholeNameOnly(string followed, string author, bool expected) =>
        Assert.Equal(expected, FollowRules.IsAuthor(followed, [author]));

    [Theory]
    [InlineData(FollowKind.Author, "", "Give an author's name to follow.")]
    [InlineData(FollowKind.Author, "1234", "An author's name needs letters.")]
    [InlineData(FollowKind.Topic, "   ", "Give a topic to follow.")]
    [InlineData(FollowKind.Topic, "diffusion", null)]
    public void Validate_BadInput_OneLineThatSaysWhatToDo(FollowKind kind, string text, string? expected) =>
        Assert.Equal(expected, FollowRules.Validate(kind, text));

    [Fact]
    public void Validate_TooLong_SaysTheLimit()
    {
        Assert.Contains("100 or fewer", FollowRules.Validate(FollowKind.Author, new string('a', 101)), StringComparison.Ordinal);
        Assert.Contains("200 or fewer", FollowRules.Validate(FollowKind.Topic, new string('a', 201)), StringComparison.Ordinal);
    }

    [Fact]
    public void Nonce_StablePerMemberAndPeriod_FitsDiscord()
    {
        var nonce = FollowRules.Nonce("754679440998535172", "2026-W50");

        Assert.Equal(nonce, FollowRules.Nonce("754679440998535172", "2026-W50"));
        Assert.NotEqual(nonce, FollowRules.Nonce("754679440998535172", "2026-W51"));
        Assert.InRange(nonce.Length, 1, 25);
    }

    [Theory]
    [InlineData(null, DigestPeriod.Weekly)]
    [InlineData("Daily", DigestPeriod.Daily)]
    [InlineData("weekly", DigestPeriod.Weekly)]
    [InlineData("hourly", null)]
    public void ParsePeriod_DefaultWeekly(string? text, DigestPeriod? expected) => Assert.Equal(expected, FollowRules.ParsePeriod(text));
}
