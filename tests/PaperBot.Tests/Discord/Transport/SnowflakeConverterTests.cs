using System.Text.Json;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;

namespace PaperBot.Tests.Discord.Transport;

public sealed class SnowflakeConverterTests
{
    [Fact]
    public void Read_String_ParsesFullUlong()
    {
        var user = JsonSerializer.Deserialize("""{"id":"18446744073709551615","username":"x"}""", DiscordJsonContext.Default.User)!;

        Assert.Equal(ulong.MaxValue, user.Id.Value);
    }

    [Fact]
    public void Read_Number_IsAccepted()
    {
        var user = JsonSerializer.Deserialize("""{"id":754679440998535172,"username":"x"}""", DiscordJsonContext.Default.User)!;

        Assert.Equal(754679440998535172UL, user.Id.Value);
    }

    [Theory]
    [InlineData("\"12a\"")]
    [InlineData("\"-1\"")]
    [InlineData("true")]
    public void Read_Garbage_Throws(string id)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize($$"""{"id":{{id}},"username":"x"}""", DiscordJsonContext.Default.User));
    }

    [Fact]
    public void Write_AlwaysAString()
    {
        var json = JsonSerializer.Serialize(new User { Id = new Snowflake(754679440998535172) }, DiscordJsonContext.Default.User);

        Assert.Contains("\"id\":\"754679440998535172\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CreatedAt_UsesTheDiscordEpoch()
    {
        // (175928847299117063 >> 22) + 1420070400000 = 1462015105796 (the docs' example).
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1_462_015_105_796), new Snowflake(175928847299117063).CreatedAt);
    }

    [Fact]
    public void ReadyFixture_Deserializes()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestPaths.TestData("discord/gateway/ready-dispatch.json")));
        var ready = document.RootElement.GetProperty("d").Deserialize(DiscordJsonContext.Default.ReadyEvent)!;

        Assert.Equal(1327201936998535169UL, ready.User.Id.Value);
        Assert.Equal("7c1f9b2e5d8a4c6e9f0a1b2c3d4e5f60", ready.SessionId);
        Assert.Equal(1327201936998535169UL, ready.Application.Id.Value);
    }
}
