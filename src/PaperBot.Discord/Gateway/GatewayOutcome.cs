namespace PaperBot.Discord.Gateway;

/// <summary>How one connection ended and what comes next.</summary>
/// <param name="ExtraDelay">Added to the reconnect backoff (the 1-5 s pause before re-identifying after op 9).</param>
/// <param name="ReachedReady">The connection got READY or RESUMED, so the reconnect backoff starts over.</param>
internal sealed record GatewayOutcome(GatewayRecovery Recovery, string Reason, int? CloseCode = null, TimeSpan ExtraDelay = default, bool ReachedReady = false);
