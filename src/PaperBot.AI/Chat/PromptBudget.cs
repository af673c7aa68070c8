using System.Text;
using System.Text.Json;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace PaperBot.AI.Chat;

/// <summary>
/// How much may be sent to a model whose context holds <c>Ai:ContextTokens</c>, prompt and answer together. Tokens are
/// estimated on the safe side, one per three UTF-8 bytes (English runs about four characters a token, and text in other
/// scripts takes more bytes a character), plus a few per message for the chat format. Servers such as Ollama silently
/// drop the start of a longer prompt (the system prompt first), so nothing longer is ever sent.
/// </summary>
internal sealed class PromptBudget
{
    /// <summary>The chat format's cost of one message beyond its text (role, separators).</summary>
    public const int PerMessage = 8;

    // Per tool and per parameter: the JSON schema around the names and descriptions.
    private const int PerTool = 40;
    private const int PerParameter = 20;

    public PromptBudget(int contextTokens, int? answerTokens)
    {
        ContextTokens = contextTokens;

        // A small context keeps three quarters of itself for the prompt.
        AnswerTokens = Math.Min(answerTokens is > 0 ? answerTokens.Value : 800, contextTokens / 4);
    }

    public int ContextTokens { get; }

    /// <summary>Tokens kept for the answer; sent as the request's max tokens.</summary>
    public int AnswerTokens { get; }

    /// <summary>The most the request itself may take: every message and the tool definitions.</summary>
    public int PromptTokens => ContextTokens - AnswerTokens;

    public static int Estimate(string? text) => string.IsNullOrEmpty(text) ? 0 : (Encoding.UTF8.GetByteCount(text) + 2) / 3;

    public static int Estimate(ChatMessageContent message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var tokens = PerMessage;
        foreach (var item in message.Items)
        {
            tokens += item switch
            {
                TextContent text => Estimate(text.Text),
                FunctionCallContent call => PerMessage + Estimate(call.PluginName) + Estimate(call.FunctionName) + Estimate(call.Id)
                    + Estimate(call.Arguments is null ? null : JsonSerializer.Serialize(call.Arguments)),
                FunctionResultContent result => Estimate(result.CallId) + Estimate(result.Result as string ?? JsonSerializer.Serialize(result.Result)),
                _ => 0,
            };
        }

        return message.Items.Count == 0 ? tokens + Estimate(message.Content) : tokens;
    }

    public static int Estimate(IEnumerable<ChatMessageContent> messages) => messages.Sum(Estimate);

    /// <summary>The tool definitions sent with every request that offers tools.</summary>
    public static int Estimate(IEnumerable<KernelFunction> tools) => tools.Sum(t =>
        PerTool + Estimate(t.PluginName) + Estimate(t.Name) + Estimate(t.Description)
        + t.Metadata.Parameters.Sum(p => PerParameter + Estimate(p.Name) + Estimate(p.Description)));

    /// <summary><paramref name="text"/> cut to at most <paramref name="tokens"/> estimated tokens (never splitting a surrogate pair).</summary>
    public static string Cut(string text, int tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Estimate(text) <= tokens)
        {
            return text;
        }

        var length = Math.Min(text.Length, Math.Max(tokens, 0) * 3);
        while (length > 0 && Estimate(text[..length]) > tokens)
        {
            length = length * 9 / 10;
        }

        if (length > 0 && char.IsHighSurrogate(text[length - 1]))
        {
            length--;
        }

        return text[..length];
    }

    /// <summary>
    /// Leaves out remembered turns, oldest first, until <paramref name="history"/> and <paramref name="fixedTokens"/> fit; the
    /// system message (first) and everything from the question (the last user message) on stay. Returns the turns left out.
    /// </summary>
    public int DropOldestTurns(ChatHistory history, int fixedTokens)
    {
        ArgumentNullException.ThrowIfNull(history);
        var dropped = 0;
        while (Estimate(history) + fixedTokens > PromptTokens && 1 < QuestionIndex(history))
        {
            history.RemoveAt(1);
            dropped++;
        }

        return dropped;
    }

    /// <summary>The estimated tokens of the remembered turns: what <see cref="DropOldestTurns"/> may still free.</summary>
    public static int RememberedTokens(ChatHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Estimate(history.Skip(1).Take(Math.Max(QuestionIndex(history) - 1, 0)));
    }

    private static int QuestionIndex(ChatHistory history)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            if (history[i].Role == AuthorRole.User)
            {
                return i;
            }
        }

        return history.Count;
    }
}
