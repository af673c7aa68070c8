using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Corpus;
using PaperBot.Data;

namespace PaperBot.Sources.HuggingFace;

/// <summary>Registers the Hugging Face daily source; it runs when the host is started and <c>Sources:HuggingFace:Enabled</c> is true.</summary>
internal static class HuggingFaceRegistration
{
    public static IHostApplicationBuilder AddHuggingFaceSource(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<HuggingFaceOptions>()
            .BindConfiguration(HuggingFaceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton<CorpusUpdater>();
        builder.Services.AddSingleton<HuggingFaceClient>();
        builder.Services.AddSingleton(sp => new DailyFileStore(
            sp.GetRequiredService<IOptions<HuggingFaceOptions>>().Value.ResolveFolder(sp.GetRequiredService<IOptions<StoreOptions>>().Value),
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<HuggingFaceDailyPoller>();
        builder.Services.AddHostedService<HuggingFaceDailySource>();
        return builder;
    }
}
