namespace PaperBot.Benchmarks.Generation;

/// <summary>How the synthetic corpus is written (<c>--format</c>): the same papers either way.</summary>
internal enum SyntheticFormat
{
    /// <summary>Hugging Face papers page dumps, as <c>corpus/*.txt</c> (the default).</summary>
    PageDump,

    /// <summary>An arXiv metadata snapshot: JSON lines as Kaggle's arxiv-metadata-oai-snapshot.json.</summary>
    Snapshot,
}
