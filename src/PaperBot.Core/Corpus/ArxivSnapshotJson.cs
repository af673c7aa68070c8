using System.Text.Json;

namespace PaperBot.Core.Corpus;

/// <summary>
/// The nested values of a snapshot line, read in place with <see cref="Utf8JsonReader"/>: each method starts on a
/// property name and leaves the reader on the last token of its value. A value of an unexpected kind is skipped
/// and read as missing, so the caller decides whether its absence is an error.
/// </summary>
internal static class ArxivSnapshotJson
{
    public static string? ReadString(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        reader.Skip();
        return null;
    }

    // [{"version":"v1","created":"Mon, 2 Apr 2007 19:18:42 GMT"}, ...]: the v1 date, else the first listed.
    public static string? ReadFirstCreated(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        string? first = null, v1 = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            string? version = null, created = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("version"u8))
                {
                    version = ReadString(ref reader);
                }
                else if (reader.ValueTextEquals("created"u8))
                {
                    created = ReadString(ref reader);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            first ??= created;
            v1 ??= version == "v1" ? created : null;
        }

        if (reader.TokenType != JsonTokenType.EndArray)
        {
            reader.Skip();
        }

        return v1 ?? first;
    }

    // [["Dao", "Tri", ""], ...] as "Tri Dao"; a suffix ("Jr.") goes last.
    public static List<string>? ReadParsedAuthors(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return null;
        }

        var authors = new List<string>();
        var parts = new List<string>(3);
        while (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
        {
            parts.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                parts.Add(reader.TokenType == JsonTokenType.String ? TextWhitespace.Collapse(reader.GetString()) : string.Empty);
                reader.Skip();
            }

            var name = parts.Count switch
            {
                0 => string.Empty,
                1 => parts[0],
                _ => string.Join(' ', new[] { parts[1], parts[0] }.Concat(parts.Skip(2)).Where(p => p.Length > 0)),
            };
            if (name.Length > 0)
            {
                authors.Add(name);
            }
        }

        return authors;
    }
}
