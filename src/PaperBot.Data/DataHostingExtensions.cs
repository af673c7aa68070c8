using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Ingest;
using PaperBot.Data.Papers;
using PaperBot.Data.Search;

namespace PaperBot.Data;

/// <summary>Registers the SQLite store behind the Core ports.</summary>
public static class DataHostingExtensions
{
    public static IHostApplicationBuilder AddPaperBotData(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<StoreOptions>()
            .BindConfiguration(StoreOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<SqliteDatabase>();
        builder.Services.AddSingleton<IPaperSearch, SqlitePaperSearch>();
        builder.Services.AddSingleton<IPaperStore, SqlitePaperStore>();
        builder.Services.AddSingleton<ICorpusIngestor, CorpusIngestor>();
        return builder;
    }
}
