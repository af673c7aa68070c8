using System.ComponentModel.DataAnnotations;

namespace PaperBot.AI;

/// <summary>
/// The language model, when there is one. Section <c>Ai</c>. With no <see cref="Endpoint"/> PaperBot works offline:
/// answers composed from the best-matching abstracts, extractive summaries, sparse vectors only.
/// </summary>
public sealed class AiOptions
{
    public const string SectionName = "Ai";

    /// <summary>An OpenAI-compatible base URL ending in <c>/v1</c> (OpenAI, Azure OpenAI v1, Ollama, vLLM, LM Studio). Default: none (offline).</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The chat model name, required with <see cref="Endpoint"/> (e.g. <c>gpt-4o-mini</c>, <c>llama3.1</c>).</summary>
    public string? ChatModel { get; set; }

    /// <summary>The embedding model for dense vectors (e.g. <c>text-embedding-3-small</c>). Default: none (sparse vectors only).</summary>
    public string? EmbeddingModel { get; set; }

    /// <summary>
    /// Semantic search with the local model (snowflake-arctic-embed-xs, run in process; no server, no key). Default
    /// <c>true</c>. A configured <see cref="EmbeddingModel"/> takes precedence; <c>false</c> leaves search lexical.
    /// </summary>
    public bool LocalEmbeddings { get; set; } = true;

    /// <summary>The API key: from the environment (<c>PAPERBOT_Ai__ApiKey</c>) or user-secrets, never from config files.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model call may take before PaperBot answers offline instead. Default 30 s.</summary>
    [Range(1, 600, ErrorMessage = "Ai:TimeoutSeconds must be between 1 and 600.")]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Conversation turns remembered per channel, thread or DM. Default 12.</summary>
    [Range(0, 200, ErrorMessage = "Ai:MemoryTurns must be between 0 and 200.")]
    public int MemoryTurns { get; set; } = 12;

    /// <summary>Longer questions are cut to this many characters. Default 2,000.</summary>
    [Range(100, 100_000, ErrorMessage = "Ai:MaxQuestionChars must be between 100 and 100000.")]
    public int MaxQuestionChars { get; set; } = 2000;

    /// <summary>
    /// Whether the chat model may call the papers tools: <c>auto</c> (default: detected; a server that refuses tools, such as
    /// llama.cpp without <c>--jinja</c> or vLLM without <c>--enable-auto-tool-choice</c>, or a model that never calls them,
    /// switches to retrieving papers first), <c>true</c> or <c>false</c>.
    /// </summary>
    public ToolSupport SupportsTools { get; set; } = ToolSupport.Auto;

    /// <summary>
    /// The model's context window in tokens, prompt and answer together (Ollama's default is 2,048 to 4,096 and it silently cuts
    /// longer prompts). Nothing longer is ever sent: the oldest turns, then the papers, are left out. Default 4,096.
    /// </summary>
    [Range(2048, 2_000_000, ErrorMessage = "Ai:ContextTokens must be between 2048 and 2000000.")]
    public int ContextTokens { get; set; } = 4096;

    public bool HasChatModel => Endpoint is not null && !string.IsNullOrWhiteSpace(ChatModel);

    public bool HasEmbeddingModel => Endpoint is not null && !string.IsNullOrWhiteSpace(EmbeddingModel);

    /// <summary>Whether the local model embeds: on, and no remote embedding model configured.</summary>
    public bool UsesLocalEmbeddings => LocalEmbeddings && string.IsNullOrWhiteSpace(EmbeddingModel);
}
