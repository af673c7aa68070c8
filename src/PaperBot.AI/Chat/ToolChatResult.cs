using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>The model's final text, and every paper the tools returned on the way (first seen first).</summary>
internal sealed record ToolChatResult(string Text, IReadOnlyList<Citation> ToolPapers, int ToolCalls);
