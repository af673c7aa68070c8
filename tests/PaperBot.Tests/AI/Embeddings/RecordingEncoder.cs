using SentenceTransformers;

namespace PaperBot.Tests.AI.Embeddings;

/// <summary>A stand-in for the ONNX model: records what it is given, answers a fixed unit vector per text.</summary>
internal sealed class RecordingEncoder : ISentenceEncoder
{
    private static readonly float[] Unit = [0.6f, 0.8f];

    public List<string[]> Calls { get; } = [];

    public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default)
    {
        lock (Calls)
        {
            Calls.Add([.. sentences]);
        }

        return [.. sentences.Select(_ => (float[])Unit.Clone())];
    }
}
