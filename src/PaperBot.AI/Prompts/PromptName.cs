using PaperBot.Core.Summaries;

namespace PaperBot.AI.Prompts;

/// <summary>A prompt directory: <c>prompts/&lt;Plugin&gt;/&lt;Function&gt;/</c> with <c>skprompt.txt</c> and <c>config.json</c>.</summary>
internal readonly record struct PromptName(string Plugin, string Function)
{
    /// <summary>The chat system prompt (rendered, then sent as the system message before the conversation).</summary>
    public static PromptName ChatAnswer { get; } = new("Chat", "Answer");

    /// <summary>The chat system prompt without tools: the papers come in the member's message (rendered, then sent as the system message).</summary>
    public static PromptName ChatAnswerFromPassages { get; } = new("Chat", "AnswerFromPassages");

    public static PromptName HighlightBlurb { get; } = new("Highlights", "Blurb");

    /// <summary>The summary prompt of a style: the folder is named after the <see cref="SummaryStyle"/> member.</summary>
    public static PromptName Summary(SummaryStyle style) => new("Summaries", style.ToString());

    public override string ToString() => $"{Plugin}/{Function}";
}
