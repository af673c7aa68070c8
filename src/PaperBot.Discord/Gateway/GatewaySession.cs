namespace PaperBot.Discord.Gateway;

/// <summary>
/// What a resume needs: session id, resume URL and the last sequence number. Read by the heartbeat timer while the
/// receive loop writes it, hence the volatile sequence.
/// </summary>
internal sealed class GatewaySession
{
    private long _sequence = -1;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    /// <summary>Resumes tried since the last RESUMED; after three the session is dropped (stale-resume loops).</summary>
    public int FailedResumes { get; set; }

    public int? Sequence
    {
        get
        {
            var value = Volatile.Read(ref _sequence);
            return value < 0 ? null : (int)value;
        }
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>Takes <paramref name="sequence"/> when it is newer; false for a replayed or repeated dispatch.</summary>
    public bool TryAdvance(int sequence)
    {
        if (sequence <= Volatile.Read(ref _sequence))
        {
            return false;
        }

        Volatile.Write(ref _sequence, sequence);
        return true;
    }

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
        FailedResumes = 0;
    }

    /// <summary>Forget everything: the next connection identifies and starts counting from scratch.</summary>
    public void Clear()
    {
        SessionId = null;
        ResumeUrl = null;
        FailedResumes = 0;
        Volatile.Write(ref _sequence, -1);
    }
}
