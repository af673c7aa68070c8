using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PaperBot.Discord.Json;

/// <summary>Reads a snowflake from a string (or a number), always writes a string.</summary>
internal sealed class SnowflakeConverter : JsonConverter<Snowflake>
{
    public override Snowflake Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetUInt64(out var number))
        {
            return new Snowflake(number);
        }

        if (reader.TokenType == JsonTokenType.String
            && !reader.HasValueSequence
            && Utf8Parser.TryParse(reader.ValueSpan, out ulong value, out var consumed)
            && consumed == reader.ValueSpan.Length)
        {
            return new Snowflake(value);
        }

        throw new JsonException("A Discord id must be a string of digits.");
    }

    public override void Write(Utf8JsonWriter writer, Snowflake value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Span<byte> digits = stackalloc byte[20];
        Utf8Formatter.TryFormat(value.Value, digits, out var written);
        writer.WriteStringValue(digits[..written]);
    }
}
