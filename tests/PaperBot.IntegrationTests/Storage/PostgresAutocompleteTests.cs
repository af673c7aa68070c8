using PaperBot.Postgres.Search;
using static PaperBot.IntegrationTests.Storage.SnapshotLines;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>
/// Autocomplete on PostgreSQL beyond the shared contract: a word in more titles than the title index is read for, none
/// of them among the newest titles, still suggests its newest titles first.
/// </summary>
public sealed class PostgresAutocompleteTests : StoreContract, IDisposable
{
    private readonly CorpusFolder _corpus = new();

    [Fact]
    public async Task CompleteTitleAsync_WordInManyOlderTitles_TheNewestOfThem()
    {
        var many = TitleWordsLookup.FewMatches + 20;
        var withWord = Enumerable.Range(1, many).Select(i => Line($"2401.{i:D5}", $"A Study of Zebras Number {i}", "Stripes."));
        var newer = Enumerable.Range(1, TitleWordsLookup.SmallWindow + 10).Select(i => Line($"2402.{i:D5}", $"Another Paper Number {i}", "Spots."));
        Assert.Equal(0, (await Process.Ingestor.IngestAsync([_corpus.Write(withWord), _corpus.Write(newer)], CancellationToken.None)).Failed);

        var titles = await Process.Search.CompleteTitleAsync("zebras", 5, CancellationToken.None);

        Assert.Equal(Enumerable.Range(many - 4, 5).Reverse().Select(i => $"A Study of Zebras Number {i}"), titles.Select(t => t.Title));
    }

    public void Dispose() => _corpus.Dispose();

    private protected override async Task<StoreBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();
}
