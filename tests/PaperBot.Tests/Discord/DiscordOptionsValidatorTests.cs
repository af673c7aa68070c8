using PaperBot.Discord;

namespace PaperBot.Tests.Discord;

public sealed class DiscordOptionsValidatorTests
{
    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(new DiscordOptionsValidator().Validate(null, new DiscordOptions()).Succeeded);
    }

    [Theory]
    [InlineData("DevGuildId", "my-server", "Discord:DevGuildId")]
    [InlineData("Token", "Bot abc.def", "bare bot token")]
    [InlineData("Token", " abc ", "bare bot token")]
    [InlineData("GatewayUrl", "https://gateway.discord.gg", "Discord:GatewayUrl")]
    public void Validate_BadValue_OneLineNamingTheKey(string key, string value, string expected)
    {
        var options = new DiscordOptions();
        switch (key)
        {
            case "DevGuildId": options.DevGuildId = value; break;
            case "Token": options.Token = value; break;
            default: options.GatewayUrl = new Uri(value); break;
        }

        var result = new DiscordOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.DoesNotContain(value.Trim(), failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TokenInACommittedSettingsFile_Refused()
    {
        var result = new DiscordOptionsValidator(tokenInConfigFile: true).Validate(null, new DiscordOptions { Token = "abc.def.ghi" });

        Assert.Contains("must not be in config/*.json", Assert.Single(result.Failures!), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, "0-3")]
    [InlineData(4, "1,3")]
    [InlineData(8, " 0-1 , 6 ")]
    [InlineData(1, "0")]
    public void Validate_ShardIdsWithinTheCount_Succeeds(int count, string ids)
    {
        Assert.True(new DiscordOptionsValidator().Validate(null, new DiscordOptions { ShardCount = count, ShardIds = ids }).Succeeded);
    }

    [Theory]
    [InlineData(2, "2", "Discord:ShardCount is 2: ids go from 0 to 1")]
    [InlineData(4, "0-9", "Discord:ShardCount is 4")]
    [InlineData(4, "3-1", "not a shard id or a range")]
    [InlineData(4, "one", "\"one\"")]
    [InlineData(4, "-1", "not a shard id or a range")]
    [InlineData(4, "0,,1", "not a shard id or a range")]
    [InlineData(null, "0", "Discord:ShardIds needs Discord:ShardCount")]
    public void Validate_BadShardIds_OneLineSayingWhatToWrite(int? count, string ids, string expected)
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { ShardCount = count, ShardIds = ids });

        var failure = Assert.Single(result.Failures!);
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.Contains("Discord:ShardIds", failure, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void ShardCount_BelowOne_RefusedNamingTheKey(int count)
    {
        var options = new DiscordOptions { ShardCount = count };
        var results = new List<System.ComponentModel.DataAnnotations.ValidationResult>();

        var valid = System.ComponentModel.DataAnnotations.Validator.TryValidateObject(options, new(options), results, validateAllProperties: true);

        Assert.False(valid);
        Assert.Contains("Discord:ShardCount", Assert.Single(results).ErrorMessage, StringComparison.Ordinal);
    }
}
