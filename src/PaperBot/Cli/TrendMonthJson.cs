namespace PaperBot.Cli;

/// <summary>One month of <c>trends --json</c>: "2025-03" and its paper count.</summary>
internal sealed record TrendMonthJson(string Month, int Papers);
