using System.Globalization;
using System.Text.Json.Serialization;

namespace PaperBot.Discord.Json;

/// <summary>
/// A Discord id: a 64-bit number that travels as a JSON string (Discord may echo ids it did not mint as numbers,
/// so both are read). The top 42 bits are milliseconds since the Discord epoch, 2015-01-01.
/// </summary>
[JsonConverter(typeof(SnowflakeConverter))]
internal readonly record struct Snowflake(ulong Value)
{
    public const long DiscordEpochMilliseconds = 1_420_070_400_000;

    public DateTimeOffset CreatedAt => DateTimeOffset.FromUnixTimeMilliseconds((long)(Value >> 22) + DiscordEpochMilliseconds);

    public static Snowflake Parse(string text) => new(ulong.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));

    public static bool TryParse(string? text, out Snowflake id)
    {
        var ok = ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value);
        id = new Snowflake(value);
        return ok;
    }

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
