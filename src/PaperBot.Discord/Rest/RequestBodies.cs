using System.Net.Http.Headers;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Rest;

/// <summary>
/// Request bodies as Discord takes them: JSON, or <c>multipart/form-data</c> when files go with a message (the JSON in
/// part <c>payload_json</c>, which names each file in <c>attachments</c>, and file n in part <c>files[n]</c>).
/// </summary>
internal static class RequestBodies
{
    public static HttpContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>The upload of <paramref name="files"/>; <paramref name="payloadJson"/> already lists them in <c>attachments</c>.</summary>
    public static HttpContent Multipart(byte[] payloadJson, IReadOnlyList<MessageFile> files)
    {
        var form = new MultipartFormDataContent($"paperbot-{Guid.NewGuid():N}");
        form.Add(Part(Json(payloadJson), "payload_json", null));
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ReadOnlyMemoryContent(files[i].Content);
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(files[i].ContentType);
            form.Add(Part(file, $"files[{i}]", files[i].FileName));
        }

        return form;
    }

    // Names quoted by hand: "files[0]" is not an RFC token, and an unquoted one is refused by strict parsers.
    private static HttpContent Part(HttpContent content, string name, string? fileName)
    {
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data")
        {
            Name = Quote(name),
            FileName = fileName is null ? null : Quote(fileName),
        };
        return content;
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "", StringComparison.Ordinal).Replace("\\", "", StringComparison.Ordinal)}\"";

    /// <summary>Discord's <c>attachments</c> entries for an upload: id n is part <c>files[n]</c>.</summary>
    public static IReadOnlyList<MessageAttachment> Attachments(IReadOnlyList<MessageFile> files) =>
        [.. files.Select((f, i) => new MessageAttachment(i, f.FileName))];
}
