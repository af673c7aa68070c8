using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.AI;
using PaperBot.Charts;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Data;
using PaperBot.Discord;
using PaperBot.Discord.Gateway;
using PaperBot.Postgres;
using PaperBot.Shards;

namespace PaperBot.Hosting;

/// <summary>
/// The composition of PaperBot: configuration sources in order of precedence, then one registration per project.
/// </summary>
internal static class PaperBotApp
{
    /// <summary>Environment variables with this prefix configure PaperBot, e.g. <c>PAPERBOT_Storage__DatabasePath</c>.</summary>
    public const string EnvironmentPrefix = "PAPERBOT_";

    public static IHost CreateHost(CliOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            // Defaults off: the sources below are all there is, in this order (later wins).
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(PaperBotApp).Assembly.GetName().Name,
            EnvironmentName = Environment.GetEnvironmentVariable(EnvironmentPrefix + "ENVIRONMENT")
                ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
                ?? Environments.Production,
        });

        builder.Configuration
            .AddJsonFile("config/appsettings.json", optional: false, reloadOnChange: false)
            .AddJsonFile($"config/appsettings.{builder.Environment.EnvironmentName}.json", optional: true, reloadOnChange: false);
        if (builder.Environment.IsDevelopment())
        {
            builder.Configuration.AddUserSecrets(typeof(PaperBotApp).Assembly, optional: true);
        }

        builder.Configuration
            .AddEnvironmentVariables(EnvironmentPrefix)
            .AddInMemoryCollection(overrides.AsConfiguration());

        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddSimpleConsole(o => o.SingleLine = true)
            // Logs go to stderr so that stdout carries only results (--json stays parseable).
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.AddPaperBotHost();
        builder.AddPaperBotData();
        // After the SQLite store: with Storage:Provider=Postgres it replaces the ports it implements.
        builder.AddPaperBotPostgres();
        builder.AddPaperBotAI();
        builder.AddPaperBotCharts();
        builder.AddPaperBotDiscord();
        // Daily posts need somewhere to go: the scheduler runs when Discord is configured.
        if (builder.Services.Any(d => d.ServiceType == typeof(IChannelPublisher)))
        {
            builder.Services.AddHighlightScheduler();
        }

        if (builder.Services.Any(d => d.ServiceType == typeof(IDigestMessenger)))
        {
            builder.Services.AddDigestScheduler();
        }

        // The bot tells stats (another process) how its gateway shards stand.
        if (builder.Services.Any(d => d.ServiceType == typeof(IDiscordGateway)))
        {
            builder.Services.AddHostedService<ShardReportWriter>();
        }

        return builder.Build();
    }
}
