using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace PaperBot.FakeDiscord;

/// <summary>
/// The fake REST API under /api/v10/: checks authentication, User-Agent and Content-Type as Discord does, applies
/// injected faults and per-bucket limits (with Discord's headers), then hands the request to <see cref="FakeRestRoutes"/>.
/// </summary>
internal sealed class FakeRestApi(FakeDiscordOptions options, FakeRecorder recorder, RestFaults faults, FakeRestRoutes routes)
{
    private const int GlobalPerSecond = 50;
    private static readonly TimeSpan Tolerance = TimeSpan.FromMilliseconds(15);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, (int Count, DateTimeOffset WindowStart)> _buckets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _blockedUntil = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _globalRecent = new();
    private DateTimeOffset _globalBlockedUntil;

    public async Task HandleAsync(HttpContext context, string path)
    {
        var request = context.Request;
        byte[] raw;
        using (var buffer = new MemoryStream())
        {
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            raw = buffer.ToArray();
        }

        // An upload's JSON is its payload_json part; the files go to the route beside it.
        var multipart = request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
        var upload = multipart ? await FakeUpload.ParseAsync(raw, request.ContentType!) : default;
        var body = upload.Upload?.PayloadJson ?? (multipart ? "" : Encoding.UTF8.GetString(raw));
        var files = upload.Upload?.Files ?? [];

        var segments = path.Split('?')[0].Trim('/').Split('/');
        var tokenRoute = segments[0] is "interactions" or "webhooks";
        var auth = request.Headers.Authorization.ToString();
        var response = Check(request, segments, tokenRoute, auth, body, multipart, raw.Length, upload.Errors)
            ?? await routes.RouteAsync(request.Method, segments, Parse(body), files, request.QueryString.Value ?? "");
        var bucket = BucketKey(request.Method, segments);
        if (response.Status != 429)
        {
            AddBucketHeaders(response, bucket);
        }

        recorder.Request(new RecordedRequest(request.Method, path, auth.Length == 0 ? null : auth, request.Headers.UserAgent.ToString(),
            request.ContentType, body, response.Status, DateTimeOffset.UtcNow) { Files = files });
        await WriteAsync(context, response);
    }

    private FakeResponse? Check(HttpRequest request, string[] segments, bool tokenRoute, string auth, string body, bool multipart, long size, JsonObject? uploadErrors)
    {
        // Interaction callbacks and webhooks authenticate by the token in the path; a wrong bot token still fails.
        if ((!tokenRoute || auth.Length > 0) && auth != $"Bot {options.Token}")
        {
            return FakeResponse.Error(401, 0, "401: Unauthorized");
        }

        if (!request.Headers.UserAgent.ToString().StartsWith("DiscordBot (", StringComparison.Ordinal))
        {
            recorder.Violation($"{request.Method} {request.Path}: User-Agent is not 'DiscordBot (url, version)'");
            return FakeResponse.Error(400, 40333, "internal network error");
        }

        if (multipart && size > options.AttachmentSizeLimit)
        {
            recorder.Violation($"{request.Method} {request.Path}: upload of {size} bytes, over the {options.AttachmentSizeLimit}-byte limit");
            return FakeResponse.Error(413, 40005, "Request entity too large");
        }

        if (uploadErrors is not null)
        {
            recorder.Violation($"{request.Method} {request.Path}: invalid multipart body {uploadErrors.ToJsonString()}");
            return FakeResponse.Error(400, 50035, "Invalid Form Body", uploadErrors);
        }

        if (!multipart && body.Length > 0 && request.ContentType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            recorder.Violation($"{request.Method} {request.Path}: body without Content-Type application/json");
            var errors = new JsonObject();
            MessageValidator.Add(errors, [], "CONTENT_TYPE_INVALID", "Expected \"Content-Type\" header to be one of {'application/json'}.");
            return FakeResponse.Error(400, 50035, "Invalid Form Body", errors);
        }

        if (body.Length > 0 && Parse(body) is null)
        {
            recorder.Violation($"{request.Method} {request.Path}: body is not JSON");
            return FakeResponse.Error(400, 50109, "The request body contains invalid JSON.");
        }

        return CheckLimits(request.Method, segments, tokenRoute, string.Join('/', segments));
    }

    private FakeResponse? CheckLimits(string method, string[] segments, bool tokenRoute, string path)
    {
        var now = DateTimeOffset.UtcNow;
        var bucket = BucketKey(method, segments);
        lock (_lock)
        {
            if (_blockedUntil.TryGetValue(bucket, out var until) && now + Tolerance < until)
            {
                recorder.Violation($"{method} /{path}: sent {(until - now).TotalMilliseconds:F0} ms before retry_after ended");
            }

            if (!tokenRoute)
            {
                if (now + Tolerance < _globalBlockedUntil)
                {
                    recorder.Violation($"{method} /{path}: sent during a global rate limit");
                }

                // A little under a second: the client measures its window at send time, the fake at arrival.
                while (_globalRecent.Count > 0 && now - _globalRecent.Peek() >= TimeSpan.FromMilliseconds(950))
                {
                    _globalRecent.Dequeue();
                }

                _globalRecent.Enqueue(now);
                if (_globalRecent.Count > GlobalPerSecond && options.EnforceGlobalRateLimit)
                {
                    recorder.Violation($"{method} /{path}: more than {GlobalPerSecond} requests in one second");
                }
            }
        }

        if (faults.Take(path) is { } fault)
        {
            return fault.RateLimit is { } kind ? RateLimited(kind, fault.RetryAfterSeconds, bucket, now) : ServerError(fault.Status);
        }

        lock (_lock)
        {
            var (count, start) = _buckets.GetValueOrDefault(bucket, (0, now));
            if (now - start >= options.BucketWindow)
            {
                (count, start) = (0, now);
            }

            if (count >= options.BucketLimit)
            {
                recorder.Violation($"{method} /{path}: sent into an exhausted bucket (remaining 0)");
                return RateLimited(RateLimitFaultKind.Route, (start + options.BucketWindow - now).TotalSeconds, bucket, now, locked: true);
            }

            _buckets[bucket] = (count + 1, start);
        }

        return null;
    }

    private FakeResponse RateLimited(RateLimitFaultKind kind, double retryAfter, string bucket, DateTimeOffset now, bool locked = false)
    {
        if (!locked)
        {
            lock (_lock)
            {
                return RateLimited(kind, retryAfter, bucket, now, locked: true);
            }
        }

        var wait = TimeSpan.FromSeconds(retryAfter);
        var retryHeader = Math.Max(1, (int)Math.Ceiling(retryAfter)).ToString(CultureInfo.InvariantCulture);
        if (kind is RateLimitFaultKind.Global or RateLimitFaultKind.Cloudflare)
        {
            _globalBlockedUntil = now + (kind == RateLimitFaultKind.Cloudflare ? TimeSpan.FromSeconds(double.Parse(retryHeader, CultureInfo.InvariantCulture)) : wait);
        }
        else
        {
            _blockedUntil[bucket] = now + wait;
        }

        return FakeRateLimits.Response(kind, retryAfter, retryHeader, BucketHash(bucket), options.BucketLimit);
    }

    private static FakeResponse ServerError(int status) =>
        new(status, Text: $"<html><body><h1>{status} Bad Gateway</h1></body></html>", ContentType: "text/html");

    private void AddBucketHeaders(FakeResponse response, string bucket)
    {
        int count;
        DateTimeOffset start;
        lock (_lock)
        {
            (count, start) = _buckets.GetValueOrDefault(bucket, (0, DateTimeOffset.UtcNow));
        }

        var reset = start + options.BucketWindow;
        var resetAfter = Math.Max(0, (reset - DateTimeOffset.UtcNow).TotalSeconds);
        response.Headers["X-RateLimit-Limit"] = options.BucketLimit.ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Remaining"] = Math.Max(0, options.BucketLimit - count).ToString(CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset"] = (reset.ToUnixTimeMilliseconds() / 1000.0).ToString("F3", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Reset-After"] = resetAfter.ToString("F3", CultureInfo.InvariantCulture);
        response.Headers["X-RateLimit-Bucket"] = BucketHash(bucket);
    }

    // Bucket = method + path template + major parameter (the first id after channels/guilds/webhooks/interactions).
    private static string BucketKey(string method, string[] segments)
    {
        var template = string.Join('/', segments.Select((s, i) => i > 0 && (s.All(char.IsAsciiDigit) || (i == 2 && segments[0] is "webhooks" or "interactions")) ? ":id" : s));
        var major = segments.Length > 1 && segments[0] is "channels" or "guilds" or "webhooks" or "interactions" ? segments[1] : "global";
        return $"{method} {template} {major}";
    }

    private static string BucketHash(string bucket) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(bucket[..bucket.LastIndexOf(' ')])))[..16];

    private static JsonObject? Parse(string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body) is JsonObject o ? o : new JsonObject { ["__array"] = JsonNode.Parse(body) };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext context, FakeResponse response)
    {
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers)
        {
            context.Response.Headers[name] = value;
        }

        if (response.Json is null && response.Text is null)
        {
            return;
        }

        context.Response.ContentType = response.ContentType;
        await context.Response.WriteAsync(response.Json?.ToJsonString() ?? response.Text!, context.RequestAborted);
    }
}
