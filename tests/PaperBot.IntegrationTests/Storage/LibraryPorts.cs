using PaperBot.Core.Library;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>A process's ports for members' own papers.</summary>
internal sealed record LibraryPorts(ILibraryStore Library, IReadingListStore ReadingLists, IMemberChannels MemberChannels, IPaperVotes Votes);
