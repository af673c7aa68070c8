using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace PaperBot.FakeDiscord;

/// <summary>
/// A <c>multipart/form-data</c> message as Discord reads it: the JSON in part <c>payload_json</c>, file n in part
/// <c>files[n]</c> with a file name, and <c>attachments[].id</c> naming exactly the parts sent (with their file names).
/// </summary>
internal sealed partial record FakeUpload(string PayloadJson, IReadOnlyList<RecordedFile> Files)
{
    public const int MaxFiles = 10;

    /// <summary>The upload, or the 50035-style errors Discord answers a malformed one with.</summary>
    public static async Task<(FakeUpload? Upload, JsonObject? Errors)> ParseAsync(byte[] body, string contentType)
    {
        var errors = new JsonObject();
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || HeaderUtilities.RemoveQuotes(media.Boundary).Value is not { Length: > 0 } boundary)
        {
            MessageValidator.Add(errors, [], "CONTENT_TYPE_INVALID", "multipart/form-data without a boundary.");
            return (null, errors);
        }

        string? payload = null;
        var files = new List<RecordedFile>();
        try
        {
            var reader = new MultipartReader(boundary, new MemoryStream(body));
            while (await reader.ReadNextSectionAsync() is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
                {
                    MessageValidator.Add(errors, [], "MULTIPART_INVALID", "A part without Content-Disposition: form-data.");
                    continue;
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                using var bytes = new MemoryStream();
                await section.Body.CopyToAsync(bytes);
                if (name == "payload_json")
                {
                    payload = Encoding.UTF8.GetString(bytes.ToArray());
                }
                else if (FilePart().Match(name) is { Success: true } match && int.TryParse(match.Groups[1].Value, out var id)
                    && (HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value) is { Length: > 0 } fileName)
                {
                    files.Add(new RecordedFile(id, fileName, section.ContentType, bytes.ToArray()));
                }
                else
                {
                    MessageValidator.Add(errors, [name.Length == 0 ? "files" : name], "MULTIPART_INVALID", "Expected a part named payload_json or files[n] with a filename.");
                }
            }
        }
        catch (IOException failure)
        {
            MessageValidator.Add(errors, [], "MULTIPART_INVALID", $"Malformed multipart body: {failure.Message}");
        }

        if (payload is null)
        {
            MessageValidator.Add(errors, ["payload_json"], "BASE_TYPE_REQUIRED", "This field is required");
        }
        else
        {
            CheckAttachments(payload, files, errors);
        }

        if (files.Count > MaxFiles)
        {
            MessageValidator.Add(errors, ["files"], "BASE_TYPE_MAX_LENGTH", $"Must be {MaxFiles} or fewer in length.");
        }

        return errors.Count > 0 ? (null, errors) : (new FakeUpload(payload!, files), null);
    }

    private static void CheckAttachments(string payload, List<RecordedFile> files, JsonObject errors)
    {
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(payload) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            MessageValidator.Add(errors, ["payload_json"], "JSON_INVALID", "payload_json is not a JSON object.");
            return;
        }

        // An interaction callback carries the message (and its attachments) in data.
        var listed = (json["attachments"] ?? json["data"]?["attachments"]) as JsonArray ?? [];
        var seen = new HashSet<int>();
        for (var i = 0; i < listed.Count; i++)
        {
            var id = listed[i]?["id"] is JsonValue v && (v.TryGetValue<int>(out var n) || (v.TryGetValue<string>(out var s) && int.TryParse(s, out n))) ? n : -1;
            var file = files.FirstOrDefault(f => f.Id == id);
            if (file is null || !seen.Add(id))
            {
                MessageValidator.Add(errors, ["attachments", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "id"], "ATTACHMENT_NOT_FOUND", $"No files[{id}] part for this attachment.");
            }
            else if (listed[i]?["filename"]?.GetValue<string>() is { } name && name != file.FileName)
            {
                MessageValidator.Add(errors, ["attachments", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "filename"], "ATTACHMENT_FILENAME_MISMATCH", $"files[{id}] is named {file.FileName}.");
            }
        }

        foreach (var file in files.Where(f => !seen.Contains(f.Id)))
        {
            MessageValidator.Add(errors, ["attachments"], "ATTACHMENT_NOT_LISTED", $"files[{file.Id}] is not listed in attachments.");
        }
    }

    [GeneratedRegex(@"^files\[(\d+)\]$")]
    private static partial Regex FilePart();
}
