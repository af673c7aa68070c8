using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaperBot.Sources.HuggingFace;

/// <summary>
/// Fetches one day of <c>GET /api/daily_papers?date=YYYY-MM-DD&amp;limit=100</c> (every page), checks it is a JSON array,
/// and keeps to the rate limit: after a 429 no request leaves before the wait it asked for has passed.
/// One HttpClient for the life of the app (no IHttpClientFactory: one host, one client).
/// </summary>
internal sealed class HuggingFaceClient : IDisposable
{
    public const string UserAgent = "PaperBot/1.0 (+https://github.com/paperbot/paperbot)";

    /// <summary>The API's largest page; a full page means there may be another.</summary>
    public const int PageSize = 100;

    // A server that always answers with a full page must not keep us paging forever.
    private const int MaxPages = 20;
    private const int MaxRateLimitedAttempts = 3;
    private static readonly TimeSpan DefaultRateLimitWait = TimeSpan.FromSeconds(60);

    // Past the reset by a little, so clocks a tick apart never make us knock on a window that has not reopened.
    private static readonly TimeSpan ResetMargin = TimeSpan.FromMilliseconds(100);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly ILogger<HuggingFaceClient> _logger;
    private readonly TimeSpan _maxWait;
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    public HuggingFaceClient(IOptions<HuggingFaceOptions> options, TimeProvider time, ILogger<HuggingFaceClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        _time = time;
        _logger = logger;
        _maxWait = TimeSpan.FromSeconds(settings.MaxRateLimitWaitSeconds);
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15), AutomaticDecompression = DecompressionMethods.All })
        {
            // A mirror under a path (https://host/hf) keeps it: relative URIs resolve against the last slash.
            BaseAddress = settings.BaseUrl.AbsoluteUri.EndsWith('/') ? settings.BaseUrl : new Uri(settings.BaseUrl.AbsoluteUri + "/"),
            Timeout = TimeSpan.FromSeconds(settings.TimeoutSeconds),
            MaxResponseContentBufferSize = 64L * 1024 * 1024,
        };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
    }

    /// <summary>The day's list, all pages joined into one JSON array, or why it could not be had. Cancellation is thrown.</summary>
    public async Task<DailyFetch> FetchDayAsync(DateOnly date, CancellationToken cancellationToken)
    {
        var pages = new List<(JsonDocument Document, byte[] Body)>();
        try
        {
            for (var page = 0; page < MaxPages; page++)
            {
                var (document, body, failure) = await GetPageAsync(date, page, cancellationToken);
                if (failure is not null)
                {
                    return failure;
                }

                pages.Add((document!, body));
                if (document!.RootElement.GetArrayLength() < PageSize)
                {
                    break;
                }
            }

            var count = pages.Sum(p => p.Document.RootElement.GetArrayLength());
            return DailyFetch.Ok(pages.Count == 1 ? pages[0].Body : Join(pages.Select(p => p.Document)), count);
        }
        finally
        {
            pages.ForEach(p => p.Document.Dispose());
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<(JsonDocument? Document, byte[] Body, DailyFetch? Failure)> GetPageAsync(DateOnly date, int page, CancellationToken cancellationToken)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var uri = new Uri($"api/daily_papers?date={day}&limit={PageSize}" + (page > 0 ? $"&p={page}" : string.Empty), UriKind.Relative);
        for (var attempt = 1; ; attempt++)
        {
            await WaitTurnAsync(cancellationToken);
            byte[] body;
            try
            {
                using var response = await _http.GetAsync(uri, cancellationToken);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    var asked = RateLimitHeader.WaitOf(response.Headers, _time.GetUtcNow()) ?? DefaultRateLimitWait;
                    var wait = asked > _maxWait ? _maxWait : asked;
                    _notBefore = _time.GetUtcNow() + wait + ResetMargin;
                    HuggingFaceLog.RateLimited(_logger, day, (int)Math.Ceiling(wait.TotalSeconds));
                    if (attempt < MaxRateLimitedAttempts)
                    {
                        continue;
                    }

                    return (null, [], DailyFetch.Failed(DailyFetchStatus.RateLimited, $"still rate limited after {attempt} attempts"));
                }

                if ((int)response.StatusCode >= 500)
                {
                    return (null, [], DailyFetch.Failed(DailyFetchStatus.Unavailable, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
                }

                if (!response.IsSuccessStatusCode)
                {
                    return (null, [], DailyFetch.Failed(DailyFetchStatus.Rejected, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}"));
                }

                body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            }
            catch (Exception ex) when ((ex is HttpRequestException or TaskCanceledException or IOException) && !cancellationToken.IsCancellationRequested)
            {
                // TaskCanceledException without our token cancelled is HttpClient's timeout.
                var problem = ex is TaskCanceledException ? $"no answer within {_http.Timeout.TotalSeconds:0} s" : ex.Message;
                return (null, [], DailyFetch.Failed(DailyFetchStatus.Unavailable, problem));
            }

            var (parsed, garbage) = Parse(body);
            return (parsed, body, garbage);
        }
    }

    private static (JsonDocument? Document, DailyFetch? Failure) Parse(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException ex)
        {
            return (null, DailyFetch.Failed(DailyFetchStatus.Garbage, $"the answer is not JSON ({ex.Message.Split('.')[0]})"));
        }

        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            return (null, DailyFetch.Failed(DailyFetchStatus.Garbage, $"the answer is a JSON {kind}, not an array"));
        }

        return (document, null);
    }

    private async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        var wait = _notBefore - _time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    /// <summary>Several pages become one array of their items (one page is kept byte for byte as the server sent it).</summary>
    private static byte[] Join(IEnumerable<JsonDocument> pages)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in pages.SelectMany(p => p.RootElement.EnumerateArray()))
            {
                item.WriteTo(writer);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
