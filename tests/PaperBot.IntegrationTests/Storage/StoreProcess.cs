using PaperBot.Core.Chat;
using PaperBot.Core.Corpus;
using PaperBot.Core.Highlights;
using PaperBot.Core.Library;
using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>One PaperBot process's view of the store: its own database object (connections, claim owner) and ports.</summary>
internal sealed class StoreProcess(
    ISubscriptionStore subscriptions,
    SubscriptionChangeSignal changes,
    IHighlightPostLog postLog,
    IPostedPapers postedPapers,
    IConversationStore conversations,
    PaperPorts papers,
    IEmbeddingStore embeddings,
    LibraryPorts library,
    IAsyncDisposable database) : IAsyncDisposable
{
    public ISubscriptionStore Subscriptions => subscriptions;

    public SubscriptionChangeSignal Changes => changes;

    public IHighlightPostLog PostLog => postLog;

    public IPostedPapers PostedPapers => postedPapers;

    public IConversationStore Conversations => conversations;

    public ICorpusIngestor Ingestor => papers.Ingestor;

    public IPaperStore Papers => papers.Store;

    public IPaperSearch Search => papers.Search;

    public IEmbeddingStore Embeddings => embeddings;

    public ILibraryStore Library => library.Library;

    public IReadingListStore ReadingLists => library.ReadingLists;

    public IMemberChannels MemberChannels => library.MemberChannels;

    public IPaperVotes Votes => library.Votes;

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
