using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Core.Status;
using PaperBot.Discord;
using PaperBot.Discord.Gateway;

namespace PaperBot.Shards;

/// <summary>
/// While the bot runs, posts its shards' states on the store's status board whenever a shard changes state, at least every
/// <see cref="ShardReport.WriteInterval"/>, and once more on the way out, so <c>stats</c> (another process) can show them.
/// </summary>
internal sealed class ShardReportWriter(
    IDiscordGateway gateway,
    IStatusBoard board,
    IOptions<DiscordOptions> discord,
    TimeProvider time,
    ILogger<ShardReportWriter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (gateway is not GatewayClient client)
        {
            return;
        }

        using var changed = new SemaphoreSlim(0, 1);
        void OnChanged()
        {
            if (changed.CurrentCount == 0)
            {
                try
                {
                    changed.Release();
                }
                catch (SemaphoreFullException)
                {
                    // Another change got there first: one write covers both.
                }
            }
        }

        client.Stats.Changed += OnChanged;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await WriteAsync(client, stoppingToken);
                await NextChangeAsync(changed, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last word is written below.
        }
        finally
        {
            client.Stats.Changed -= OnChanged;
        }

        await WriteAsync(client, CancellationToken.None);
    }

    /// <summary>Waits for a shard to change state, or for <see cref="ShardReport.WriteInterval"/> (the counters move too).</summary>
    private async Task NextChangeAsync(SemaphoreSlim changed, CancellationToken stoppingToken)
    {
        using var interval = new CancellationTokenSource(ShardReport.WriteInterval, time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(interval.Token, stoppingToken);
        try
        {
            await changed.WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The interval is up.
        }
    }

    private async Task WriteAsync(GatewayClient client, CancellationToken cancellationToken)
    {
        var configured = discord.Value.ShardIds;
        var ids = string.IsNullOrWhiteSpace(configured) ? "all" : configured;
        try
        {
            await ShardReports.PostAsync(board, configured, new ShardReport(Environment.ProcessId, ids, time.GetUtcNow(), client.Stats.Snapshot()), cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or StoreException)
        {
            // stats loses a line until the next post; the bot goes on.
            ShardLog.ReportNotWritten(logger, ShardReports.KeyFor(configured), ex.Message);
        }
    }
}
