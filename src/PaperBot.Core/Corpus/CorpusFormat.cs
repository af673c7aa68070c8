namespace PaperBot.Core.Corpus;

/// <summary>The corpus file formats PaperBot reads.</summary>
public enum CorpusFormat
{
    /// <summary>The text of a Hugging Face papers page (copied from the browser): header, page date, entries.</summary>
    PageDump,

    /// <summary>Hugging Face API JSON: a <c>/api/daily_papers</c> array or a <c>/api/papers/{id}</c> object.</summary>
    HuggingFaceJson,

    /// <summary>An arXiv API Atom feed.</summary>
    ArxivAtom,

    /// <summary>Cornell's arXiv metadata snapshot (Kaggle <c>arxiv-metadata-oai-snapshot.json</c>): one JSON object per line.</summary>
    ArxivSnapshot,
}
