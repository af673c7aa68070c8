using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Corpus;
using PaperBot.Corpus;
using PaperBot.Embeddings;
using PaperBot.Search;
using PaperBot.Shell;
using PaperBot.Sources.HuggingFace;

namespace PaperBot.Hosting;

/// <summary>Registers the host's own services and the Core pieces (Core itself knows nothing of DI).</summary>
internal static class HostRegistrationExtensions
{
    public static IHostApplicationBuilder AddPaperBotHost(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>()
            .BindConfiguration(CorpusOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new CorpusReaderOptions { PageYear = sp.GetRequiredService<IOptions<CorpusOptions>>().Value.PageYear });
        builder.Services.AddSingleton<CorpusFileReader>();
        builder.Services.AddSingleton<BundledCorpus>();
        builder.Services.AddSingleton<SemanticIndexCatchUp>();
        builder.Services.AddSingleton<EmbeddingBackfillSignal>();
        builder.Services.AddSingleton<ShellSubscriptions>();
        builder.Services.AddSingleton<ShellTrends>();
        builder.Services.AddSingleton<ShellLibrary>();
        builder.Services.AddSingleton<ShellFollows>();
        builder.Services.AddSingleton<ShellExport>();
        builder.Services.AddSingleton<LocalShell>();
        builder.AddPaperBotHighlights();
        builder.Services.AddPaperBotFollows();
        // Background services: they run only when the host is started (the bot), never for a one-shot verb.
        builder.Services.AddSingleton<EmbeddingBackfillService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EmbeddingBackfillService>());
        builder.Services.AddHostedService<SearchIndexMaintainer>();
        builder.Services.AddCorpusWatcher();
        builder.AddHuggingFaceSource();
        return builder;
    }
}
