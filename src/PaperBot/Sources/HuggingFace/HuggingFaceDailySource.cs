using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaperBot.Sources.HuggingFace;

/// <summary>
/// Polls the Hugging Face Daily Papers lists while PaperBot runs (<c>Sources:HuggingFace:Enabled</c>): on start, then
/// every <see cref="HuggingFaceOptions.PollMinutes"/>, so the highlights always have new papers to post.
/// </summary>
internal sealed class HuggingFaceDailySource(
    HuggingFaceDailyPoller poller,
    DailyFileStore files,
    IOptions<HuggingFaceOptions> options,
    TimeProvider time,
    ILogger<HuggingFaceDailySource> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        // Start-up continues while the first poll runs.
        await Task.Yield();
        HuggingFaceLog.Started(logger, settings.BackfillDays + 1, settings.BaseUrl, settings.PollMinutes, files.Folder);
        var every = TimeSpan.FromMinutes(settings.PollMinutes);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await poller.PollAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A full disk or a locked database must not stop the bot: the next poll tries again.
                    HuggingFaceLog.PollFailed(logger, ex.Message, settings.PollMinutes, ex);
                }

                await Task.Delay(every, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
