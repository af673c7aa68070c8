using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using PaperBot.AI.Chat;
using PaperBot.AI.Embeddings;
using PaperBot.AI.Highlights;
using PaperBot.AI.Models;
using PaperBot.AI.Offline;
using PaperBot.AI.Plugins;
using PaperBot.AI.Prompts;
using PaperBot.AI.Summaries;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Core.Papers;
using PaperBot.Core.Summaries;

namespace PaperBot.AI;

/// <summary>Registers the assistant, the summarizer and embeddings: with a model when <c>Ai</c> configures one, offline otherwise.</summary>
public static class AiHostingExtensions
{
    /// <summary>
    /// Binds and validates <see cref="AiOptions"/> (section <c>Ai</c>, checked at start), adds the kernel with the read-only
    /// papers plugin, and exposes <see cref="IAssistant"/> and <see cref="ISummarizer"/>: the language-model ones when
    /// <c>Ai:Endpoint</c> and <c>Ai:ChatModel</c> are set (they fall back to the offline ones on any model failure, and a
    /// background <see cref="ModelProbe"/> logs what to fix when the model is unusable), the offline ones otherwise.
    /// <see cref="ITextEmbedder"/> is the remote model when <c>Ai:EmbeddingModel</c> is set, else the local one
    /// (<see cref="LocalTextEmbedder"/>, loaded on first use) unless <c>Ai:LocalEmbeddings</c> is false;
    /// <see cref="EmbeddingIndexer"/> and <see cref="HighlightBlurbWriter"/> (as <see cref="IBlurbWriter"/> too) always are (they do nothing without a model).
    /// Needs the Core ports (papers, search, similar, recent, conversations, embeddings) from the data project.
    /// </summary>
    public static IHostApplicationBuilder AddPaperBotAI(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<AiOptions>()
            .BindConfiguration(AiOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiOptions>, AiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddPaperBotOffline();

        // Which implementations to register is decided from the configuration as composed so far; the values
        // themselves (and their validation) come from IOptions<AiOptions> when the services are first used.
        var section = builder.Configuration.GetSection(AiOptions.SectionName);
        var hasEndpoint = !string.IsNullOrWhiteSpace(section[nameof(AiOptions.Endpoint)]);
        var hasChat = hasEndpoint && !string.IsNullOrWhiteSpace(section[nameof(AiOptions.ChatModel)]);
        var hasEmbedding = hasEndpoint && !string.IsNullOrWhiteSpace(section[nameof(AiOptions.EmbeddingModel)]);
        // A value that is not a boolean is reported by validation (one line naming the key); until then, the default.
        var wantsLocal = !bool.TryParse(section[nameof(AiOptions.LocalEmbeddings)], out var local) || local;
        var hasLocal = wantsLocal && string.IsNullOrWhiteSpace(section[nameof(AiOptions.EmbeddingModel)]);

        services.AddSingleton<IFunctionInvocationFilter, ToolFailureFilter>();
        services.AddKernel().Plugins.AddFromType<PapersPlugin>(PapersPlugin.Name);
        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<ModelGuard>();
        if (hasChat || hasEmbedding)
        {
            services.AddSingleton(sp => OpenAiClientFactory.Create(Options(sp)));
        }

        // The offline pair always exists: it answers when there is no model, and whenever the model fails.
        services.TryAddSingleton<OfflineAssistant>();
        services.TryAddSingleton<ExtractiveSummarizer>();
        if (hasChat)
        {
            services.AddSingleton<IChatCompletionService>(sp =>
                new OpenAIChatCompletionService(Options(sp).ChatModel!, sp.GetRequiredService<OpenAIClient>(), sp.GetService<ILoggerFactory>()));
            services.AddSingleton<ToolCallingChat>();
            services.AddSingleton<PassageChat>();
            services.AddSingleton<ToolSupportState>();
            services.AddSingleton<AnswerComposer>();

            // Checks the model in the background once the host runs (the bot) or at the first question; never delays start-up or an answer.
            services.AddSingleton<ModelProbe>();
            services.AddHostedService(sp => sp.GetRequiredService<ModelProbe>());
            services.AddSingleton<IAssistant, LlmAssistant>();
            services.AddSingleton<ISummarizer, LlmSummarizer>();
        }
        else
        {
            services.AddSingleton<IAssistant>(sp => sp.GetRequiredService<OfflineAssistant>());
            services.AddSingleton<ISummarizer>(sp => sp.GetRequiredService<ExtractiveSummarizer>());
        }

        if (hasEmbedding)
        {
            services.AddSingleton<ITextEmbedder>(sp =>
            {
                var model = Options(sp).EmbeddingModel!;
                return new OpenAiTextEmbedder(sp.GetRequiredService<OpenAIClient>().GetEmbeddingClient(model).AsIEmbeddingGenerator(), model);
            });
        }
        else if (hasLocal)
        {
            services.AddSingleton<LocalTextEmbedder>();
            services.AddSingleton<ITextEmbedder>(sp => sp.GetRequiredService<LocalTextEmbedder>());
        }

        services.AddSingleton<EmbeddingIndexer>();
        services.AddSingleton(sp => new HighlightBlurbWriter(
            hasChat ? sp.GetRequiredService<Kernel>() : null,
            sp.GetRequiredService<PromptLibrary>(),
            sp.GetRequiredService<ModelGuard>(),
            sp.GetRequiredService<IPaperStore>()));
        services.AddSingleton<IBlurbWriter>(sp => sp.GetRequiredService<HighlightBlurbWriter>());
        return builder;
    }

    private static AiOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<AiOptions>>().Value;
}
