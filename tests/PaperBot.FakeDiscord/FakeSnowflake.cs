namespace PaperBot.FakeDiscord;

/// <summary>Snowflakes with real timestamps (Discord epoch 2015), unique within the process.</summary>
public static class FakeSnowflake
{
    private const long DiscordEpochMilliseconds = 1_420_070_400_000;
    private static long _counter;

    public static string Next()
    {
        var ms = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() - DiscordEpochMilliseconds;
        var increment = Interlocked.Increment(ref _counter) & 0x1FFFF;
        return ((ms << 22) | (1L << 17) | increment).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
