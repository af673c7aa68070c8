using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Discord.Bot;
using PaperBot.Discord.Chat;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Follows;
using PaperBot.Discord.Highlights;
using PaperBot.Discord.Interactions;
using PaperBot.Discord.Votes;
using PaperBot.Discord.Library;

namespace PaperBot.Discord;

/// <summary>Registers PaperBot's Discord side: options always (so they are validated), the bot only when a token is configured.</summary>
public static class DiscordHostingExtensions
{
    public static IHostApplicationBuilder AddPaperBotDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DiscordOptions>>(new DiscordOptionsValidator(TokenInConfigFile(builder.Configuration)));
        builder.Services.AddSingleton<BotExit>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        if (string.IsNullOrWhiteSpace(builder.Configuration[$"{DiscordOptions.SectionName}:Token"]))
        {
            return builder;
        }

        var services = builder.Services;
        services.AddDiscordTransport();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<WorkGate>();
        services.AddSingleton<InteractionResponder>();
        services.AddSingleton<PaperChoices>();
        services.AddSingleton<SearchFilterChoices>();
        services.AddSingleton<ButtonHandler>();
        services.AddSingleton<ISlashCommand, SearchCommand>();
        services.AddSingleton<ISlashCommand, PaperCommand>();
        services.AddSingleton<ISlashCommand, SummarizeCommand>();
        services.AddSingleton<ISlashCommand, SimilarCommand>();
        services.AddSingleton<ISlashCommand, AskCommand>();
        services.AddSingleton<ISlashCommand, HighlightsCommand>();
        services.AddSingleton<ISlashCommand, HelpCommand>();
        services.AddSingleton<ISlashCommand, SubscribeCommand>();
        services.AddSingleton<ISlashCommand, UnsubscribeCommand>();
        services.AddSingleton<ISlashCommand, SubscriptionsCommand>();
        services.AddSingleton<ISlashCommand, TopCommand>();
        services.AddSingleton<PaperMessageLog>();
        services.AddSingleton<ReactionHandler>();
        services.AddSingleton<ISlashCommand, TrendsCommand>();
        services.AddLibraryCommands();
        services.AddSingleton<ISlashCommand, FollowCommand>();
        services.AddSingleton<ISlashCommand, UnfollowCommand>();
        services.AddSingleton<ISlashCommand, ForYouCommand>();
        services.AddSingleton<ISlashCommand, ExportCommand>();
        services.AddSingleton<InteractionDispatcher>();
        services.AddSingleton<ChatResponder>();
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<IChannelPublisher, DiscordChannelPublisher>();
        services.AddSingleton<IDigestMessenger, DiscordDigestMessenger>();
        services.AddHostedService<DiscordBot>();
        return builder;
    }

    /// <summary>Whether a committed settings file (<c>config/*.json</c>) holds the token; user-secrets and the environment are fine.</summary>
    private static bool TokenInConfigFile(IConfiguration configuration) =>
        configuration is IConfigurationRoot root && root.Providers.OfType<FileConfigurationProvider>().Any(p =>
            p.Source.Path?.StartsWith("config", StringComparison.OrdinalIgnoreCase) == true
            && p.TryGet($"{DiscordOptions.SectionName}:Token", out var token) && !string.IsNullOrEmpty(token));

    /// <summary>Whether the configuration asks for Discord (a token is set).</summary>
    public static bool IsDiscordConfigured(this IServiceProvider services) =>
        services.GetRequiredService<IOptions<DiscordOptions>>().Value.IsConfigured;
}
