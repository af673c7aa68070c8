using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace PaperBot.AI.Plugins;

/// <summary>
/// Turns an exception from a papers tool (bad arguments from the model, a store error) into a <see cref="ToolFailure"/>
/// result, so a tool call never throws through the kernel. The chat loop then answers offline.
/// Prompt functions (summaries) are left alone: their failures are model failures, handled by the caller.
/// </summary>
internal sealed class ToolFailureFilter(ILogger<ToolFailureFilter> logger) : IFunctionInvocationFilter
{
    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Function.PluginName != PapersPlugin.Name)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ToolFailed(logger, context.Function.Name, ex.GetType().Name);
            var reason = ex is ArgumentException or FormatException or KernelException
                ? "the arguments were not valid for this tool"
                : "the corpus could not be read";
            context.Result = new FunctionResult(context.Function, new ToolFailure(reason));
        }
    }
}
