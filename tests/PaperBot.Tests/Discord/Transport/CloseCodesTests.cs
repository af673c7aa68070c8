using PaperBot.Discord.Gateway;

namespace PaperBot.Tests.Discord.Transport;

public sealed class CloseCodesTests
{
    [Theory]
    [InlineData(4000, "Resume")]
    [InlineData(4001, "Resume")]
    [InlineData(4002, "Resume")]
    [InlineData(4003, "Identify")]
    [InlineData(4004, "Fatal")]
    [InlineData(4005, "Identify")]
    [InlineData(4007, "Identify")]
    [InlineData(4008, "Identify")]
    [InlineData(4009, "Identify")]
    [InlineData(4010, "Fatal")]
    [InlineData(4011, "Reshard")]
    [InlineData(4012, "Fatal")]
    [InlineData(4013, "Fatal")]
    [InlineData(4014, "Fatal")]
    [InlineData(1000, "Identify")]
    [InlineData(1001, "Resume")]
    [InlineData(1006, "Resume")]
    [InlineData(4999, "Resume")]
    [InlineData(null, "Resume")]
    public void Classify_FollowsTheProtocolTable(int? code, string expected)
    {
        Assert.Equal(expected, CloseCodes.Classify(code).ToString());
    }

    [Theory]
    [InlineData(4004, "check Discord:Token")]
    [InlineData(4014, "Discord:MessageContentIntent=false")]
    [InlineData(4014, "Developer Portal")]
    [InlineData(4011, "Discord:ShardCount")]
    [InlineData(4010, "Discord:ShardIds")]
    public void FatalMessage_SaysWhatToDo(int code, string expected)
    {
        var message = CloseCodes.FatalMessage(code);

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message);
    }
}
