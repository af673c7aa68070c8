using PaperBot.Retrieval.Vectors;
using PaperBot.Data.Vectors;

namespace PaperBot.Benchmarks.Ask;

/// <summary>
/// Empties the caches of question and sentence vectors, so the next call embeds its question, and the sentences of the
/// papers answering it, as a question asked for the first time does. Without this, every pass after the warm-up would
/// find all its vectors cached (the set is far below the caches' sizes) and time neither side's embedding.
/// </summary>
internal sealed class QueryVectorReset(DenseNeighbours dense, MeaningSimilarity meaning)
{
    public void Reset()
    {
        dense.ForgetQueryVectors();
        meaning.ForgetVectors();
    }
}
