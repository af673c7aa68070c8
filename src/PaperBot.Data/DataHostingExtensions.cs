using PaperBot.Retrieval.Vectors;
using PaperBot.Retrieval.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Corpus;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;
using PaperBot.Core.Status;
using PaperBot.Core.Trends;
using PaperBot.Data.Chat;
using PaperBot.Data.Database;
using PaperBot.Data.Follows;
using PaperBot.Data.Highlights;
using PaperBot.Data.Ingest;
using PaperBot.Data.Library;
using PaperBot.Data.Papers;
using PaperBot.Data.Search;
using PaperBot.Data.Search.Words;
using PaperBot.Data.Status;
using PaperBot.Retrieval.Topics;
using PaperBot.Data.Vectors;
using PaperBot.Data.Vectors.VectorIndex;

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
        builder.Services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<VectorIndexOptions>()
            .BindConfiguration(VectorIndexOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<SqliteDatabase>();
        // Members' searches and answers, which background indexing makes way for.
        builder.Services.TryAddSingleton<ForegroundWork>();
        builder.Services.AddSingleton<SqliteEmbeddingStore>();
        builder.Services.AddSingleton<IEmbeddingStore>(sp => sp.GetRequiredService<SqliteEmbeddingStore>());
        builder.Services.AddSingleton<IStoredVectors>(sp => sp.GetRequiredService<SqliteEmbeddingStore>());
        // Dense vectors join search and related papers only when the AI project registers an ITextEmbedder.
        builder.Services.AddSingleton<DenseNeighbours>();
        builder.Services.AddSingleton<IMeaningSimilarity, MeaningSimilarity>();
        builder.Services.AddSingleton<WordIndex>();
        builder.Services.AddSingleton<ISearchIndexBuilder>(sp => sp.GetRequiredService<WordIndex>());
        builder.Services.AddSingleton<HybridSearch>();
        builder.Services.AddSingleton<IPaperSearch, SqlitePaperSearch>();
        builder.Services.AddSingleton<IPaperStore, SqlitePaperStore>();
        builder.Services.AddSingleton<ISimilarPapers, SqliteSimilarPapers>();
        builder.Services.AddSingleton<SqliteRecentPapers>();
        builder.Services.AddSingleton<IRecentPapers>(sp => sp.GetRequiredService<SqliteRecentPapers>());
        builder.Services.AddSingleton<ITopicPapers>(sp => sp.GetRequiredService<SqliteRecentPapers>());
        builder.Services.AddSingleton<ITopicTrends, TopicTrends>();
        builder.Services.AddSingleton<IConversationStore, SqliteConversationStore>();
        builder.Services.AddSingleton<ICorpusIngestor, CorpusIngestor>();
        // Members' own papers (libraries, reading lists, votes) and /forget-me.
        builder.Services.AddSingleton<ILibraryStore, SqliteLibraryStore>();
        builder.Services.AddSingleton<IReadingListStore, SqliteReadingListStore>();
        builder.Services.AddSingleton<IPaperVotes, SqlitePaperVotes>();
        builder.Services.AddSingleton<IMemberData, SqliteMemberData>();
        builder.Services.AddSingleton<IMemberChannels, SqliteMemberChannels>();
        builder.Services.AddSingleton<ILibraryNeighbours, LibraryNeighbours>();
        builder.Services.AddSingleton<IFollowStore, SqliteFollowStore>();
        builder.Services.AddSingleton<IDigestLog, SqliteDigestLog>();
        // Daily highlights: the change signal is shared, so saves made by a command reach the scheduler at once.
        builder.Services.AddSingleton<SubscriptionChangeSignal>();
        builder.Services.TryAddSingleton(sp => new PostClaimLease(TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StoreOptions>>().Value.PostClaimSeconds)));
        builder.Services.AddSingleton<ISubscriptionStore, SqliteSubscriptionStore>();
        builder.Services.AddSingleton<IHighlightPostLog, SqliteHighlightPostLog>();
        builder.Services.AddSingleton<IPostedPapers, SqlitePostedPapers>();
        builder.Services.AddSingleton<IStatusBoard, FileStatusBoard>();
        return builder;
    }
}
