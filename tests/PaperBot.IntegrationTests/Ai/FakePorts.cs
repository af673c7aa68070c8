using Microsoft.Extensions.DependencyInjection;
using Moq;
using PaperBot.Core.Chat;
using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>The Core ports the AI project reads, as Moq mocks, with a small corpus: paper 12 (FlashAttention) and paper 7.</summary>
internal sealed class FakePorts
{
    public const string FlashTitle = "FlashAttention: Fast and Memory-Efficient Exact Attention";

    public FakePorts()
    {
        Papers[12] = Stored(12, FlashTitle, "We propose FlashAttention, an IO-aware exact attention algorithm.", "2205.14135");
        Papers[7] = Stored(7, "GPipe: Efficient Training of Giant Neural Networks", "Pipeline parallelism for giant models.", "1811.06965");
        Search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([Hit(12, FlashTitle, "IO-aware exact attention that is fast and memory-efficient.", "2205.14135")]);
        Store.Setup(s => s.GetAsync(It.IsAny<long>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((long id, CancellationToken _) => Papers.GetValueOrDefault(id));
        Store.Setup(s => s.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((string key, CancellationToken _) => long.TryParse(key.TrimStart('#'), out var id) ? Papers.GetValueOrDefault(id) : null);
        Store.Setup(s => s.GetStatsAsync(It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CorpusStats(2, 2, 1, new DateOnly(2018, 11, 16), new DateOnly(2022, 5, 27), 1, "test.db", 0));
        Similar.Setup(s => s.FindSimilarAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Recent.Setup(s => s.ListAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
        Conversations.Setup(c => c.GetRecentAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        Embeddings.Setup(e => e.GetMissingAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
    }

    public Dictionary<long, StoredPaper> Papers { get; } = [];

    public Mock<IPaperSearch> Search { get; } = new();

    public Mock<IPaperStore> Store { get; } = new();

    public Mock<ISimilarPapers> Similar { get; } = new();

    public Mock<IRecentPapers> Recent { get; } = new();

    public Mock<IConversationStore> Conversations { get; } = new();

    public Mock<IEmbeddingStore> Embeddings { get; } = new();

    public static PaperHit Hit(long id, string title, string snippet, string? arxivId = null) =>
        new(id, title, arxivId, new DateOnly(2022, 5, 27), 10, 1.0, snippet);

    public static StoredPaper Stored(long id, string title, string abstractText, string? arxivId = null) =>
        new(id, new Paper { Title = title, Abstract = abstractText, ArxivId = arxivId, PublishedOn = new DateOnly(2022, 5, 27) }, ["test"]);

    public void Register(IServiceCollection services)
    {
        services.AddSingleton(Search.Object);
        services.AddSingleton(Store.Object);
        services.AddSingleton(Similar.Object);
        services.AddSingleton(Recent.Object);
        services.AddSingleton(Conversations.Object);
        services.AddSingleton(Embeddings.Object);
    }
}
