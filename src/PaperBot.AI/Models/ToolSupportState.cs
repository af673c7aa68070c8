using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PaperBot.AI.Models;

/// <summary>
/// Whether the chat model gets the papers tools, for the life of the process: <c>Ai:SupportsTools</c> when it is
/// <c>true</c> or <c>false</c>; with <c>auto</c>, yes until the server refuses tools once, or the model answers
/// <see cref="MissesBeforeNoTools"/> questions in a row without calling them although they needed the corpus. Switching
/// off is logged once, with what to change.
/// </summary>
internal sealed class ToolSupportState(IOptions<AiOptions> options, ILogger<ToolSupportState> logger)
{
    /// <summary>Questions in a row answered without tools (when they needed the corpus) before the model counts as one that never calls them.</summary>
    public const int MissesBeforeNoTools = 2;

    private int _off;
    private int _misses;

    /// <summary>Whether the next question offers the tools.</summary>
    public bool UseTools => options.Value.SupportsTools switch
    {
        ToolSupport.True => true,
        ToolSupport.False => false,
        _ => Volatile.Read(ref _off) == 0,
    };

    /// <summary>Whether refusals and ignored tools are detected (<c>Ai:SupportsTools</c> is <c>auto</c>).</summary>
    public bool Detects => options.Value.SupportsTools == ToolSupport.Auto;

    /// <summary>The server refused tools: no tools for the rest of the process, and one log line saying what to change.</summary>
    public void Refused(string fix)
    {
        if (Detects && Interlocked.Exchange(ref _off, 1) == 0)
        {
            Log.ToolsOff(logger, fix);
        }
    }

    /// <summary>The model called a tool or cited a paper: it uses the tools.</summary>
    public void Used() => Interlocked.Exchange(ref _misses, 0);

    /// <summary>The model answered a question that needed the corpus without calling any tool.</summary>
    public void Ignored()
    {
        if (Interlocked.Increment(ref _misses) >= MissesBeforeNoTools)
        {
            Refused($"The model {options.Value.ChatModel} answers without calling the papers tools, so PaperBot now finds the papers itself and gives them to it in the prompt: choose a model that calls tools, or set Ai:SupportsTools=false (PAPERBOT_Ai__SupportsTools=false) to skip the tools from the start");
        }
    }
}
