using PaperBot.Core.Corpus;
using PaperBot.Core.Papers;

namespace PaperBot.IntegrationTests.Storage;

/// <summary>A process's paper ports: ingest, reads and word search.</summary>
internal sealed record PaperPorts(ICorpusIngestor Ingestor, IPaperStore Store, IPaperSearch Search);
