namespace PaperBot.Core.Evaluation;

/// <summary>A two-turn dialog of a follow-up dev set: the first question, the follow-up, and the paper the follow-up is about.</summary>
public sealed record FollowUpDialog(string First, string FollowUp, string ExpectedTitle, int Line);
