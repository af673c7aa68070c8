using Microsoft.Extensions.Options;
using PaperBot.AI;
using PaperBot.AI.Chat;
using PaperBot.AI.Offline;
using PaperBot.Core.Papers;
using PaperBot.Tests.Data;

namespace PaperBot.Tests.AI.Offline;

/// <summary>The offline assistant over a real temp store, wired as the host wires it.</summary>
internal static class OfflineWiring
{
    /// <param name="meaning">Closeness in meaning; by default none (no embedding model), so answers go by words.</param>
    public static OfflineAssistant Assistant(TestStore store, int memoryTurns = 12, int maxQuestionChars = 2000, IMeaningSimilarity? meaning = null)
    {
        meaning ??= store.Meaning();
        return new(
            store.Search,
            store.Store,
            store.Similar,
            store.Recent,
            Memory(store, memoryTurns, maxQuestionChars),
            new ExtractiveSummarizer(store.Store),
            new AnswerSentences(meaning),
            new OverviewComposer(store.Search, store.Store, meaning, TermGlossary.Bundled),
            store.Time);
    }

    public static ConversationMemory Memory(TestStore store, int memoryTurns = 12, int maxQuestionChars = 2000) => new(
        store.Conversations(),
        Options.Create(new AiOptions { MemoryTurns = memoryTurns, MaxQuestionChars = maxQuestionChars }),
        store.Time);
}
