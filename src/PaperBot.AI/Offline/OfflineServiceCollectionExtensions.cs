using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PaperBot.AI.Offline;

/// <summary>
/// Registers the offline assistant and summarizer as themselves. Which <c>IAssistant</c> and <c>ISummarizer</c> the app
/// sees is decided where the language model is wired (the model-backed ones fall back to these).
/// </summary>
public static class OfflineServiceCollectionExtensions
{
    public static IServiceCollection AddPaperBotOffline(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExtractiveSummarizer>();
        services.TryAddSingleton<Chat.ConversationMemory>();
        services.TryAddSingleton<Core.Papers.IMeaningSimilarity, MeaningUnknown>();
        services.AddSingleton<AnswerSentences>();
        services.TryAddSingleton(TermGlossary.Bundled);
        services.AddSingleton<OverviewComposer>();
        services.AddSingleton<OfflineAssistant>();
        return services;
    }
}
