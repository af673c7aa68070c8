using System.Text.Json.Nodes;

namespace PaperBot.FakeDiscord;

/// <summary>Discord's message limits, answered the way Discord answers: a 50035 errors tree mirroring the body.</summary>
internal static class MessageValidator
{
    /// <summary>The errors tree, or null when the body is acceptable.</summary>
    public static JsonObject? Validate(JsonObject body)
    {
        var errors = new JsonObject();
        if (Text(body["content"]) is { Length: > 2000 })
        {
            Add(errors, ["content"], "BASE_TYPE_MAX_LENGTH", "Must be 2000 or fewer in length.");
        }

        if (body["embeds"] is JsonArray embeds)
        {
            ValidateEmbeds(embeds, errors);
        }

        if (body["components"] is JsonArray rows)
        {
            ValidateComponents(rows, errors);
        }

        return errors.Count == 0 ? null : errors;
    }

    public static bool IsEmpty(JsonObject body) =>
        string.IsNullOrEmpty(Text(body["content"]))
        && body["embeds"] is not JsonArray { Count: > 0 }
        && body["components"] is not JsonArray { Count: > 0 }
        && body["sticker_ids"] is not JsonArray { Count: > 0 }
        && body["poll"] is null;

    public static JsonObject? ValidateChoices(JsonArray? choices)
    {
        var errors = new JsonObject();
        if (choices is null)
        {
            Add(errors, ["choices"], "BASE_TYPE_REQUIRED", "This field is required");
            return errors;
        }

        if (choices.Count > 25)
        {
            Add(errors, ["choices"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
        }

        for (var i = 0; i < choices.Count; i++)
        {
            var name = Text(choices[i]?["name"]);
            if (name is null || name.Length is < 1 or > 100)
            {
                Add(errors, ["choices", $"{i}", "name"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.");
            }

            if (choices[i]?["value"] is JsonValue v && v.TryGetValue<string>(out var value) && value.Length > 100)
            {
                Add(errors, ["choices", $"{i}", "value"], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
            }
        }

        return errors.Count == 0 ? null : errors;
    }

    public static void Add(JsonObject errors, string[] path, string code, string message)
    {
        var node = errors;
        foreach (var part in path)
        {
            if (node[part] is not JsonObject child)
            {
                child = new JsonObject();
                node[part] = child;
            }

            node = child;
        }

        if (node["_errors"] is not JsonArray list)
        {
            list = [];
            node["_errors"] = list;
        }

        list.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    private static void ValidateEmbeds(JsonArray embeds, JsonObject errors)
    {
        if (embeds.Count > 10)
        {
            Add(errors, ["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
        }

        var total = 0;
        for (var i = 0; i < embeds.Count; i++)
        {
            var embed = embeds[i] as JsonObject ?? [];
            var e = $"{i}";
            total += Check(errors, ["embeds", e, "title"], Text(embed["title"]), 256)
                + Check(errors, ["embeds", e, "description"], Text(embed["description"]), 4096)
                + Check(errors, ["embeds", e, "footer", "text"], Text(embed["footer"]?["text"]), 2048)
                + Check(errors, ["embeds", e, "author", "name"], Text(embed["author"]?["name"]), 256);
            if (embed["fields"] is JsonArray fields)
            {
                if (fields.Count > 25)
                {
                    Add(errors, ["embeds", e, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
                }

                for (var f = 0; f < fields.Count; f++)
                {
                    total += Check(errors, ["embeds", e, "fields", $"{f}", "name"], Text(fields[f]?["name"]), 256, required: true)
                        + Check(errors, ["embeds", e, "fields", $"{f}", "value"], Text(fields[f]?["value"]), 1024, required: true);
                }
            }
        }

        if (total > 6000)
        {
            Add(errors, ["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
        }
    }

    private static void ValidateComponents(JsonArray rows, JsonObject errors)
    {
        if (rows.Count > 5)
        {
            Add(errors, ["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
        }

        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r] as JsonObject ?? [];
            if (row["type"]?.GetValue<int>() != 1 || row["components"] is not JsonArray buttons)
            {
                Add(errors, ["components", $"{r}"], "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "Top-level components must be action rows.");
                continue;
            }

            if (buttons.Count is < 1 or > 5)
            {
                Add(errors, ["components", $"{r}", "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
            }

            for (var b = 0; b < buttons.Count; b++)
            {
                var button = buttons[b] as JsonObject ?? [];
                string[] at = ["components", $"{r}", "components", $"{b}"];
                Check(errors, [.. at, "label"], Text(button["label"]), 80);
                var isLink = button["style"]?.GetValue<int>() == 5;
                var customId = Text(button["custom_id"]);
                if (isLink ? Text(button["url"]) is not { Length: > 0 and <= 512 } : customId is not { Length: >= 1 and <= 100 })
                {
                    Add(errors, isLink ? [.. at, "url"] : [.. at, "custom_id"], "BASE_TYPE_BAD_LENGTH",
                        isLink ? "Link buttons need a url of 1 to 512 characters." : "Must be between 1 and 100 in length.");
                }
            }
        }
    }

    private static int Check(JsonObject errors, string[] path, string? text, int max, bool required = false)
    {
        if (text is null)
        {
            if (required)
            {
                Add(errors, path, "BASE_TYPE_REQUIRED", "This field is required");
            }

            return 0;
        }

        if (text.Length > max)
        {
            Add(errors, path, "BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.");
        }

        return text.Trim().Length;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
