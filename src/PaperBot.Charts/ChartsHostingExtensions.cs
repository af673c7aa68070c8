using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Trends;

namespace PaperBot.Charts;

/// <summary>Registers the chart renderers behind the Core ports.</summary>
public static class ChartsHostingExtensions
{
    public static IHostApplicationBuilder AddPaperBotCharts(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<ITrendChart, TrendChart>();
        return builder;
    }
}
