using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Highlights;

namespace PaperBot.Hosting;

/// <summary>Daily highlights: the selection everywhere, the scheduler only where posts can be published.</summary>
internal static class HighlightsHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="HighlightOptions"/> (section <c>Highlights</c>, checked at start) and registers
    /// <see cref="IHighlightBuilder"/>. The stores (<see cref="ISubscriptionStore"/>, <see cref="IHighlightPostLog"/>,
    /// <see cref="IPostedPapers"/>) come from the data project, the model's <see cref="IBlurbWriter"/> from the AI project
    /// (extractive blurbs without it).
    /// </summary>
    public static IHostApplicationBuilder AddPaperBotHighlights(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HighlightOptions>()
            .BindConfiguration(HighlightOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<IHighlightBuilder>(sp => new HighlightBuilder(
            sp.GetRequiredService<IRecentPapers>(),
            sp.GetRequiredService<IPaperStore>(),
            sp.GetRequiredService<IPostedPapers>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<IBlurbWriter>(),
            sp.GetRequiredService<IOptions<HighlightOptions>>().Value.RepeatWindowDays));
        return builder;
    }

    /// <summary>
    /// Adds the <see cref="HighlightScheduler"/> hosted service that posts the subscriptions. Call it only when an
    /// <see cref="IChannelPublisher"/> is registered (Discord is configured); needs <see cref="AddPaperBotHighlights"/>.
    /// </summary>
    public static IServiceCollection AddHighlightScheduler(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(HighlightScheduler)))
        {
            return services; // a second scheduler would post everything twice as often as it should
        }

        services.TryAddSingleton<HighlightPlanner>();
        services.TryAddSingleton<HighlightSender>();
        services.TryAddSingleton<HighlightScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<HighlightScheduler>());
        return services;
    }
}
