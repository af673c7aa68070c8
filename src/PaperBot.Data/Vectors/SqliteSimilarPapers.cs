using PaperBot.Retrieval.Vectors;
using PaperBot.Retrieval.Search;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Data.Database;
using PaperBot.Data.Search;

namespace PaperBot.Data.Vectors;

/// <summary>
/// Related work for a paper: candidates from an FTS query over its most telling terms (BM25) and, when dense
/// embeddings exist, its nearest neighbours; ranked by BM25, by TF-IDF cosine and by dense cosine, fused by weighted
/// reciprocal rank (weights in <see cref="SearchOptions"/>). The paper itself is never among them. Each hit's score is a
/// similarity a member can read: the dense cosine to the paper when both have vectors, else the TF-IDF cosine.
/// </summary>
internal sealed class SqliteSimilarPapers(SqliteDatabase database, DenseNeighbours dense, IOptions<SearchOptions> options) : ISimilarPapers
{
    /// <summary>The terms (by TF-IDF weight) that make the candidate query: enough to find the topic, few enough to stay on it.</summary>
    public const int QueryTerms = 16;

    public Task<IReadOnlyList<PaperHit>> FindSimilarAsync(long paperId, int top, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (top <= 0)
        {
            return Task.FromResult<IReadOnlyList<PaperHit>>([]);
        }

        top = Math.Min(top, SqlitePaperSearch.MaxTop);
        var candidates = Math.Max(options.Value.Candidates, top);
        // The paper's vector, read once: its nearest papers, then the similarity each related paper shows.
        var unit = dense.PaperVector(paperId);
        var nearest = unit is null ? [] : dense.NearestToVector(unit, candidates, excludeId: paperId);
        var hits = database.Read(connection =>
        {
            var paper = connection.Query<PaperText>("SELECT title AS Title, abstract AS Abstract FROM papers WHERE id = ?", paperId).FirstOrDefault();
            if (paper is null)
            {
                return [];
            }

            // Recounted with the words as written: the index stems them its own way (porter), so it is searched with them.
            var words = new TermCounter(keepSurfaceWords: true);
            var vector = SparseIndex.LoadVectors(connection, [paperId]).GetValueOrDefault(paperId)
                ?? TermIndexWriter.Compute(words, paper.Title, paper.Abstract);
            words.Clear();
            words.Add(paper.Title, TermIndexWriter.TitleWeight);
            words.Add(paper.Abstract, 1);

            var idf = SparseIndex.LoadIdf(connection, vector.Terms);
            var telling = idf.UnitWeights(vector).OrderByDescending(w => w.Value).Take(QueryTerms).Select(w => words.SurfaceOf(w.Key)).ToList();
            var bm25 = FtsCandidates.Ids(connection, FtsQuery.AnyOf(telling), candidates + 1).Where(id => id != paperId).ToList();
            var sparse = SparseRanking.Cosines(connection, vector, bm25.Union(nearest).ToList());
            var settings = options.Value;
            var fused = RankFusion.Fuse(settings.RelatedFusionK,
                [new(bm25, settings.RelatedBm25Weight), new(sparse.ConvertAll(s => s.Id), settings.RelatedSparseWeight), new(nearest, settings.RelatedDenseWeight)])
                .Where(f => f.Id != paperId).Take(top).ToList();
            var lexical = sparse.ToDictionary(s => s.Id, s => s.Cosine);
            var meaning = unit is null ? [] : dense.Similarities(unit, fused.Select(f => f.Id));
            var similarity = fused.ConvertAll(f => (f.Id, meaning.TryGetValue(f.Id, out var cosine) ? cosine : lexical.GetValueOrDefault(f.Id)));
            return HitLoader.Load(connection, similarity, telling);
        });
        return Task.FromResult<IReadOnlyList<PaperHit>>(hits);
    }

    private sealed class PaperText
    {
        public string Title { get; set; } = "";
        public string Abstract { get; set; } = "";
    }
}
