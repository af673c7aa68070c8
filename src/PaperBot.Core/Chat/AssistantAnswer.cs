namespace PaperBot.Core.Chat;

/// <summary>An answer and the papers it cites. <see cref="Notice"/> is a short line for the reader (e.g. "model unavailable, answered offline").</summary>
public sealed record AssistantAnswer(string Text, IReadOnlyList<Citation> Citations, AnswerMode Mode, string? Notice = null);
