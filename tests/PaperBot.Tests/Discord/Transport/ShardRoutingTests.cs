using PaperBot.Discord;
using PaperBot.Discord.Gateway;
using PaperBot.Discord.Json;

namespace PaperBot.Tests.Discord.Transport;

public sealed class ShardRoutingTests
{
    [Theory]
    // (guild_id >> 22) % count, with the fixtures' guild (timestamp part 316,929,600,000).
    [InlineData(1329299088998535170UL, 1, 0)]
    [InlineData(1329299088998535170UL, 2, 0)]
    [InlineData(1329299088998535170UL, 7, 6)]
    [InlineData(4194304UL, 2, 1)]
    [InlineData(8388608UL, 2, 0)]
    public void Of_Guild_IsTheTimestampPartModuloTheCount(ulong guild, int count, int expected)
    {
        Assert.Equal(expected, ShardId.Of(new Snowflake(guild), count));
    }

    [Fact]
    public void Of_NoGuild_IsShardZero()
    {
        Assert.Equal(0, ShardId.Of(null, 16));
    }

    [Theory]
    [InlineData(0, 16, 0)]
    [InlineData(17, 16, 1)]
    [InlineData(5, 1, 0)]
    [InlineData(5, 0, 0)]
    public void Bucket_IsTheIdModuloMaxConcurrency(int id, int maxConcurrency, int expected)
    {
        Assert.Equal(expected, new ShardId(id, 32).Bucket(maxConcurrency));
    }

    [Fact]
    public void Plan_NothingConfigured_EveryShardOfDiscordsCount()
    {
        var plan = ShardPlan.From(new DiscordOptions(), recommended: 3, maxConcurrency: 2);

        Assert.Equal((3, 2), (plan.Count, plan.MaxConcurrency));
        Assert.Equal([0, 1, 2], plan.Ids);
        Assert.Equal("all", plan.DescribeIds());
    }

    [Fact]
    public void Plan_CountAndIdsConfigured_TheyWinOverDiscordsCount()
    {
        var plan = ShardPlan.From(new DiscordOptions { ShardCount = 8, ShardIds = "6-7,2" }, recommended: 3, maxConcurrency: 1);

        Assert.Equal(8, plan.Count);
        Assert.Equal([2, 6, 7], plan.Ids);
        Assert.Equal("2,6,7", plan.DescribeIds());
    }

    [Fact]
    public void Plan_DiscordSaysZero_StillOneShard()
    {
        Assert.Equal(1, ShardPlan.From(new DiscordOptions(), recommended: 0, maxConcurrency: 0).Count);
    }
}
