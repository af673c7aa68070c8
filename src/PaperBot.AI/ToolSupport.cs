namespace PaperBot.AI;

/// <summary>Whether the chat model is given the papers tools (<c>Ai:SupportsTools</c>).</summary>
public enum ToolSupport
{
    /// <summary>Offer the tools, and stop offering them for the rest of the process once the server refuses them or the model ignores them.</summary>
    Auto,

    /// <summary>Always offer the tools; a refusal is a model failure (answered offline).</summary>
    True,

    /// <summary>Never offer the tools: retrieve papers first and give them to the model in the prompt.</summary>
    False,
}
