using PaperBot.Core.Chat;

namespace PaperBot.Core.Summaries;

public sealed record PaperSummary(long PaperId, string Title, SummaryStyle Style, string Text, AnswerMode Mode, string? Notice = null);
