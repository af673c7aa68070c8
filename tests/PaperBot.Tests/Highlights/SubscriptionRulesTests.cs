using PaperBot.Core.Highlights;

namespace PaperBot.Tests.Highlights;

public sealed class SubscriptionRulesTests
{
    private static readonly SubscriptionRequest Valid = new("g1", "c1", new TimeOnly(9, 0), "Europe/Berlin", "diffusion models", 5, false);

    [Fact]
    public void Validate_GoodRequest_IsNull()
    {
        Assert.Null(SubscriptionRules.Validate(Valid));
    }

    [Theory]
    [InlineData("Berlin", "Unknown time zone 'Berlin': use an IANA name such as Europe/Berlin.")]
    [InlineData("", "The time zone is missing: use an IANA name such as Europe/Berlin.")]
    [InlineData("Mars/Olympus_Mons", "Unknown time zone 'Mars/Olympus_Mons': use an IANA name such as Europe/Berlin.")]
    public void Validate_BadTimeZone_SaysToUseAnIanaName(string zone, string message)
    {
        Assert.Equal(message, SubscriptionRules.Validate(Valid with { TimeZoneId = zone }));
    }

    [Fact]
    public void Validate_WindowsZoneName_NamesTheIanaOne()
    {
        var error = SubscriptionRules.Validate(Valid with { TimeZoneId = "W. Europe Standard Time" });

        Assert.NotNull(error);
        Assert.Contains("use the IANA name", error);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public void Validate_CountOutOfRange_SaysTheRange(int count)
    {
        Assert.Equal($"Count {count} is out of range: choose 1 to 10 papers.", SubscriptionRules.Validate(Valid with { Count = count }));
    }

    [Fact]
    public void Validate_TopicTooLong_SaysTheLimit()
    {
        var error = SubscriptionRules.Validate(Valid with { Topic = new string('x', 201) });

        Assert.Equal("The topic is 201 characters long: keep it to 200 or fewer.", error);
        Assert.Null(SubscriptionRules.Validate(Valid with { Topic = new string('x', 200) }));
    }

    [Fact]
    public void Validate_MissingChannel_SaysSo()
    {
        Assert.Equal("The channel id is missing: name the channel to post in.", SubscriptionRules.Validate(Valid with { ChannelId = " " }));
    }

    [Theory]
    [InlineData("  Diffusion   Models ", "diffusion models")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void TopicKey_IgnoresCaseAndSpacing(string? topic, string key)
    {
        Assert.Equal(key, SubscriptionRules.TopicKey(topic));
    }

    [Theory]
    [InlineData("09:00", 9, 0)]
    [InlineData("9:05", 9, 5)]
    [InlineData("23:59", 23, 59)]
    public void ParseTime_HoursAndMinutes_IsRead(string text, int hour, int minute)
    {
        Assert.Null(SubscriptionRules.ParseTime(text, out var time));
        Assert.Equal(new TimeOnly(hour, minute), time);
    }

    [Theory]
    [InlineData("9am")]
    [InlineData("24:00")]
    [InlineData("")]
    public void ParseTime_NotATime_SaysHowToWriteIt(string text)
    {
        Assert.StartsWith($"'{text}' is not a time of day: use HH:MM", SubscriptionRules.ParseTime(text, out _));
    }

    [Fact]
    public void Nonce_LargestIds_FitsDiscordsLimitAndIsDeterministic()
    {
        var nonce = SubscriptionRules.Nonce(9_999_999_999_999, new DateOnly(2026, 12, 31));

        Assert.Equal("hl-9999999999999-20261231", nonce);
        Assert.True(nonce.Length <= 25);
        Assert.Equal(SubscriptionRules.Nonce(42, new DateOnly(2026, 3, 8)), SubscriptionRules.Nonce(42, new DateOnly(2026, 3, 8)));
        Assert.NotEqual(SubscriptionRules.Nonce(42, new DateOnly(2026, 3, 8)), SubscriptionRules.Nonce(42, new DateOnly(2026, 3, 9)));
    }
}
