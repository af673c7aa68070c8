namespace PaperBot.Discord.Gateway;

/// <summary>Counters for tests and diagnostics: how often the client connected, identified and resumed.</summary>
internal sealed class GatewayStats
{
    private int _connections;
    private int _identifies;
    private int _resumes;

    public int Connections => Volatile.Read(ref _connections);

    public int Identifies => Volatile.Read(ref _identifies);

    public int Resumes => Volatile.Read(ref _resumes);

    public void Connected() => Interlocked.Increment(ref _connections);

    public void Identified() => Interlocked.Increment(ref _identifies);

    public void Resumed() => Interlocked.Increment(ref _resumes);
}
