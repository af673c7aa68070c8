using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace PaperBot.Discord.Rest;

/// <summary>
/// Sends one logical request: headers, rate limits, 429 waits, retries of 5xx and transport failures. The interaction
/// callback is never retried after a 4xx other than 429 (Discord did not process a 429; anything else it did).
/// </summary>
internal sealed class RestPipeline(HttpClient http, string? token, RestRetryPolicy policy, TimeProvider time, ILogger logger)
{
    public static readonly string UserAgent =
        $"DiscordBot (https://github.com/paperbot/paperbot, {typeof(RestPipeline).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"})";

    private readonly RateLimiter _limiter = new(time);
    private readonly InvalidRequestCounter _invalid = new(time);
    private volatile bool _tokenRejected;

    /// <summary>Returns the successful response (caller disposes it) or throws <see cref="DiscordApiException"/>.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body, CancellationToken cancellationToken) =>
        SendAsync(method, path, body is null ? null : () => RequestBodies.Json(body), cancellationToken);

    /// <summary>
    /// As above, with a body made by <paramref name="content"/>: called once per attempt, because a sent
    /// <see cref="HttpContent"/> (a multipart upload especially) is disposed with its request and cannot be sent again.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        var route = RouteKey.From(method, path);
        if (route.UsesBotToken && (_tokenRejected || string.IsNullOrWhiteSpace(token)))
        {
            // Discord counts every 401 toward an IP ban: once the token is refused, stop using it.
            throw new DiscordApiException(HttpStatusCode.Unauthorized, DiscordErrorCodes.Unauthorized, _tokenRejected
                ? $"Discord rejected the bot token (not sending {route.Display}): check Discord:Token"
                : $"Discord:Token is not set (not sending {route.Display}): set PAPERBOT_Discord__Token or a user-secret");
        }

        var failures = 0;
        var rateLimits = 0;
        while (true)
        {
            var bucket = _limiter.GetBucket(route);
            HttpResponseMessage? response = null;
            Exception? transportError = null;
            await bucket.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _limiter.WaitTurnAsync(route, bucket, cancellationToken).ConfigureAwait(false);
                response = await SendOnceAsync(route, method, path, content, cancellationToken).ConfigureAwait(false);
                _limiter.Update(route, bucket, RateLimitHeaders.Parse(response.Headers));
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException && !cancellationToken.IsCancellationRequested)
            {
                transportError = ex;
            }
            finally
            {
                bucket.Gate.Release();
            }

            if (transportError is not null)
            {
                if (failures >= policy.MaxRetries)
                {
                    throw new DiscordApiException($"Request {route.Display} failed after {failures + 1} attempts: {transportError.Message}", transportError);
                }

                var delay = Backoff.Compute(failures++, policy.InitialDelay, policy.MaxDelay, Random.Shared.NextDouble());
                Log.TransportRetry(logger, route.Display, transportError.GetType().Name, failures, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (response!.IsSuccessStatusCode)
            {
                return response;
            }

            using (response)
            {
                var status = response.StatusCode;
                var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
                CountInvalid(status, response);
                if (status == HttpStatusCode.TooManyRequests && rateLimits++ < policy.MaxRateLimitRetries)
                {
                    var limit = RateLimitResponse.Parse(RateLimitHeaders.Parse(response.Headers), text);
                    _limiter.OnRateLimited(route, bucket, limit);
                    if (limit.IsCloudflare)
                    {
                        Log.CloudflareLimited(logger, route.Display, (long)limit.RetryAfter.TotalMilliseconds);
                    }
                    else
                    {
                        Log.RateLimited(logger, route.Display, limit.Scope, (long)limit.RetryAfter.TotalMilliseconds);
                    }

                    continue;
                }

                if ((int)status >= 500 && failures < policy.MaxRetries)
                {
                    var delay = Backoff.Compute(failures++, policy.InitialDelay, policy.MaxDelay, Random.Shared.NextDouble());
                    Log.ServerErrorRetry(logger, (int)status, route.Display, failures, (long)delay.TotalMilliseconds);
                    await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                if (status == HttpStatusCode.Unauthorized && route.UsesBotToken)
                {
                    _tokenRejected = true;
                    Log.TokenRejected(logger, route.Display);
                }

                var error = DiscordErrorParser.Parse(status, route.Display, text);
                if (failures > 0 && route.IsInteractionCallback && error.Code == DiscordErrorCodes.AlreadyAcknowledged)
                {
                    // An earlier attempt timed out or got a 5xx but reached Discord: the interaction is answered, by us.
                    return new HttpResponseMessage(HttpStatusCode.NoContent);
                }

                throw error;
            }
        }
    }

    private void CountInvalid(HttpStatusCode status, HttpResponseMessage response)
    {
        var shared = response.Headers.TryGetValues("X-RateLimit-Scope", out var scope) && scope.Contains("shared");
        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || (status == HttpStatusCode.TooManyRequests && !shared))
        {
            if (_invalid.Add())
            {
                Log.ManyInvalidRequests(logger, InvalidRequestCounter.WarnAt, (int)InvalidRequestCounter.Window.TotalMinutes);
            }
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(RouteKey route, HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        if (route.UsesBotToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", token);
        }

        request.Content = content?.Invoke();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(policy.RequestTimeout);
        return await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, timeout.Token).ConfigureAwait(false);
    }
}
