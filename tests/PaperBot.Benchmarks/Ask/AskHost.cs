using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.AI;
using PaperBot.Core.Corpus;
using PaperBot.Data;
using PaperBot.Discord;

namespace PaperBot.Benchmarks.Ask;

/// <summary>
/// The host the <c>--ask</c> benchmark asks through, composed as <c>PaperBotApp.CreateHost</c> composes the app: the
/// shipped <c>config/appsettings.json</c>, then <c>AddPaperBotData</c>, <c>AddPaperBotAI</c> and <c>AddPaperBotDiscord</c>
/// (no token: options only). The app's own <c>AddPaperBotHost</c> is internal to the PaperBot executable; of it, the
/// ask path uses only the clock and the corpus reader, registered here the same way.
/// </summary>
internal static class AskHost
{
    public static IHost Create(string databasePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });

        // No PAPERBOT_ variables from the machine: the figures must not depend on who runs the benchmark.
        builder.Configuration
            .AddJsonFile("config/appsettings.json", optional: false, reloadOnChange: false)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DatabasePath"] = databasePath,
                // No chat model: the offline assistant answers. Local embeddings (the default): search is hybrid.
                ["Ai:Endpoint"] = "",
                ["Ai:ChatModel"] = "",
                ["Ai:EmbeddingModel"] = "",
                ["Ai:LocalEmbeddings"] = "true",
                ["Logging:LogLevel:Default"] = "Error",
                ["Logging:LogLevel:PaperBot"] = "Error",
            });
        builder.Logging
            .AddConfiguration(builder.Configuration.GetSection("Logging"))
            .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new CorpusReaderOptions());
        builder.Services.AddSingleton<CorpusFileReader>();
        builder.AddPaperBotData();
        builder.AddPaperBotAI();
        builder.AddPaperBotDiscord();
        return builder.Build();
    }
}
