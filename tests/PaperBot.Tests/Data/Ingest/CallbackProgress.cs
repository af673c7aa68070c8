namespace PaperBot.Tests.Data.Ingest;

/// <summary>
/// Reports on the reporting thread, at once (<see cref="Progress{T}"/> posts them later), so a test can act between two
/// steps of the code it watches; keeps every report.
/// </summary>
internal sealed class CallbackProgress<T>(Action<T>? onReport = null) : IProgress<T>
{
    public List<T> Reports { get; } = [];

    public void Report(T value)
    {
        Reports.Add(value);
        onReport?.Invoke(value);
    }
}
