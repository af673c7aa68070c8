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
}
