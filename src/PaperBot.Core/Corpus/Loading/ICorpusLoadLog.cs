namespace PaperBot.Core.Corpus.Loading;

/// <summary>What <see cref="CorpusLoader"/> tells the log, file by file (each store writes it with its own source-generated logging).</summary>
public interface ICorpusLoadLog
{
    void FileIngested(string path, long entries, long added, long merged);

    void FileSkipped(string path);

    void FileFailed(string path, string reason);

    void BadEntriesSkipped(string path, long badEntries, string firstError);
}
