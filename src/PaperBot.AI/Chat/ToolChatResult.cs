using PaperBot.Core.Chat;

namespace PaperBot.AI.Chat;

/// <summary>
/// The model's final text, and every paper the tools returned on the way (first seen first), or the papers given in the
/// prompt when the model had no tools. <see cref="ToolsRefused"/> is set, with what to change, when the server refused tools.
/// </summary>
internal sealed record ToolChatResult(string Text, IReadOnlyList<Citation> ToolPapers, int ToolCalls, string? ToolsRefused = null);
