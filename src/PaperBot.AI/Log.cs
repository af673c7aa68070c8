using Microsoft.Extensions.Logging;

namespace PaperBot.AI;

/// <summary>
/// The AI project's log messages, source-generated (event ids 2000-2999: each project has its own thousand, listed in README under Logging:LogLevel). None carries a key, a prompt or a completion above Debug:
/// failures are logged by kind (reason, exception type, status), never by message text that could echo a request.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Warning, "The language model failed during {Operation} ({Reason}, {ExceptionType}); answering offline")]
    public static partial void ModelFailed(ILogger logger, string operation, string reason, string exceptionType);

    [LoggerMessage(2002, LogLevel.Warning, "The papers tool {Function} failed ({ExceptionType})")]
    public static partial void ToolFailed(ILogger logger, string function, string exceptionType);

    [LoggerMessage(2003, LogLevel.Warning, "The model made an invalid tool call: {Reason}")]
    public static partial void BadToolCall(ILogger logger, string reason);

    // The tool name is the model's own text (it may be invented), hence Debug.
    [LoggerMessage(2004, LogLevel.Debug, "The model called {Tool} (round {Round})")]
    public static partial void ToolCalled(ILogger logger, string tool, int round);

    [LoggerMessage(2005, LogLevel.Information, "Dropped {Count} citation(s) to papers that are not in the corpus")]
    public static partial void InventedCitationsDropped(ILogger logger, int count);

    [LoggerMessage(2006, LogLevel.Warning, "Embedding failed ({Reason}, {ExceptionType}) after {Done} paper(s); the rest waits for the next run")]
    public static partial void EmbeddingFailed(ILogger logger, string reason, string exceptionType, int done);

    [LoggerMessage(2007, LogLevel.Information, "Embedded {Count} paper(s) with {Model}")]
    public static partial void PapersEmbedded(ILogger logger, int count, string model);

    [LoggerMessage(2008, LogLevel.Warning, "The embedding store returned the same papers again after saving them; stopping after {Done} paper(s)")]
    public static partial void EmbeddingStalled(ILogger logger, int done);

    [LoggerMessage(2009, LogLevel.Debug, "Model answer ({Chars} chars): {Text}")]
    public static partial void ModelAnswer(ILogger logger, int chars, string text);

    [LoggerMessage(2010, LogLevel.Error, "The local embedding model {Model} could not be loaded ({ExceptionType}: {Reason}); search goes on without semantic ranking. Set Ai:LocalEmbeddings=false to stop trying")]
    public static partial void LocalModelUnavailable(ILogger logger, string model, string exceptionType, string reason);

    [LoggerMessage(2011, LogLevel.Warning, "The chat model gets no tools from now on: {Fix}")]
    public static partial void ToolsOff(ILogger logger, string fix);

    [LoggerMessage(2012, LogLevel.Debug, "The prompt was cut to fit Ai:ContextTokens={ContextTokens}: {Turns} remembered turn(s) and {Papers} paper(s) left out, {ToolResults} tool result(s) shortened, question cut: {QuestionCut}")]
    public static partial void PromptCut(ILogger logger, int contextTokens, int turns, int papers, int toolResults, bool questionCut);

    [LoggerMessage(2013, LogLevel.Debug, "Answering from retrieved papers without tools ({Reason})")]
    public static partial void AnsweringWithoutTools(ILogger logger, string reason);

    [LoggerMessage(2014, LogLevel.Warning, "{Problem}")]
    public static partial void ProbeProblem(ILogger logger, string problem);

    [LoggerMessage(2015, LogLevel.Information, "The model server at {Server} serves {Model}")]
    public static partial void ProbeOk(ILogger logger, string server, string model);
}
