namespace PaperBot.Benchmarks.Reporting;

/// <summary>One target of the issue, what was measured against it, and "pass", "FAIL" or "not run".</summary>
internal sealed record TargetCheck(string Target, string Measured, string Verdict);
