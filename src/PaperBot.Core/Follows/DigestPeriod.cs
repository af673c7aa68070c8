namespace PaperBot.Core.Follows;

/// <summary>How often a follow's digest comes: each UTC day, or each ISO week (the default).</summary>
public enum DigestPeriod
{
    Weekly,
    Daily,
}
