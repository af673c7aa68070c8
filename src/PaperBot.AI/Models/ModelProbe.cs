using System.ClientModel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;
using PaperBot.AI.Plugins;

namespace PaperBot.AI.Models;

/// <summary>
/// Checks the chat model once, in the background, when the host has started (the bot) or else at the assistant's first
/// question (the shell, <c>ask</c>); nothing ever waits for it: <c>GET {Ai:Endpoint}/models</c>, then, when the host runs,
/// the model is listed and tools are not switched off, one tiny request that offers the tools (a question finds that out
/// by itself otherwise). Each problem is one Warning line saying what to change: the server unreachable, the key refused, the
/// model not served (with the ones that are), tools refused. Nothing here stops PaperBot: without a usable model it
/// answers offline.
/// </summary>
internal sealed class ModelProbe(
    OpenAIClient client,
    Kernel kernel,
    ToolSupportState tools,
    IOptions<AiOptions> options,
    ILogger<ModelProbe> logger) : BackgroundService
{
    // Model names listed in the line for a missing model: enough to pick from, short enough for one line.
    private const int MaxNamesListed = 12;

    private int _started;

    /// <summary>Starts the check in the background unless it has run in this process; never waits for it.</summary>
    public void StartOnce(bool checkTools, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(() => RunAsync(checkTools, cancellationToken), CancellationToken.None);
        }
    }

    /// <summary>Runs the checks and logs each problem found; returns the problems (none when the model is usable).</summary>
    public async Task<IReadOnlyList<string>> ProbeAsync(CancellationToken cancellationToken) =>
        await ProbeAsync(checkTools: true, cancellationToken).ConfigureAwait(false);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        StartOnce(checkTools: true, stoppingToken);
        return Task.CompletedTask;
    }

    private async Task RunAsync(bool checkTools, CancellationToken cancellationToken)
    {
        try
        {
            await ProbeAsync(checkTools, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: nothing to report.
        }
    }

    private async Task<IReadOnlyList<string>> ProbeAsync(bool checkTools, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var model = settings.ChatModel ?? string.Empty;
        var server = Describe(settings.Endpoint);
        var problems = new List<string>();
        IReadOnlyList<(string Id, string? Owner)> served;
        try
        {
            var result = await client.GetOpenAIModelClient().GetModelsAsync(cancellationToken).ConfigureAwait(false);
            served = [.. result.Value.Select(m => (m.Id, (string?)m.OwnedBy))];
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            problems.Add(ListFailed(server, ex));
            Report(problems);
            return problems;
        }

        // llama.cpp's server answers with whichever model it loaded, whatever the request names.
        var anyName = served.Count > 0 && served.All(m => string.Equals(m.Owner, "llamacpp", StringComparison.OrdinalIgnoreCase));
        if (!anyName && !served.Any(m => SameModel(m.Id, model)))
        {
            problems.Add(served.Count == 0
                ? $"The model server at {server} lists no models: load or pull {model} (Ollama: `ollama pull {model}`), or set Ai:ChatModel to a model it serves"
                : $"The model server at {server} has no model \"{model}\": pull it with `ollama pull {model}` or set Ai:ChatModel to one of: {string.Join(", ", served.Take(MaxNamesListed).Select(m => m.Id))}{(served.Count > MaxNamesListed ? ", ..." : string.Empty)}");
            Report(problems);
            return problems;
        }

        if (checkTools && settings.SupportsTools != ToolSupport.False && await ToolsRefusedAsync(model, cancellationToken).ConfigureAwait(false) is { } fix)
        {
            problems.Add(fix);
            if (tools.Detects)
            {
                tools.Refused(fix);
            }
            else
            {
                Log.ProbeProblem(logger, fix);
            }

            return problems;
        }

        Log.ProbeOk(logger, server, model);
        return problems;
    }

    private async Task<string?> ToolsRefusedAsync(string model, CancellationToken cancellationToken)
    {
        var history = new ChatHistory();
        history.AddUserMessage("Reply with OK.");
        var settings = new OpenAIPromptExecutionSettings
        {
            MaxTokens = 1,
            FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(kernel.Plugins[PapersPlugin.Name], autoInvoke: false),
        };
        try
        {
            await kernel.GetRequiredService<IChatCompletionService>().GetChatMessageContentAsync(history, settings, kernel, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // Any other failure shows when a member asks, with its own notice.
            return ToolRefusal.Describe(ex, model);
        }
    }

    private void Report(List<string> problems) => problems.ForEach(p => Log.ProbeProblem(logger, p));

    private static string ListFailed(string server, Exception exception)
    {
        var reason = ModelFaults.Describe(exception, timedOut: false);
        var status = exception is ClientResultException { Status: > 0 } result ? result.Status : (int?)null;
        return (reason, status) switch
        {
            (ModelFaults.NotAuthorized, _) => $"The model server at {server} refused the API key (HTTP {status}): check Ai:ApiKey (PAPERBOT_Ai__ApiKey); PaperBot answers offline until it is accepted",
            (_, { } code) => $"The model server at {server} answered GET /models with HTTP {code}: check that Ai:Endpoint is its OpenAI-compatible base URL, ending in /v1",
            (ModelFaults.Timeout, _) => $"The model server at {server} did not answer GET /models within Ai:TimeoutSeconds: check that it is running and not overloaded, or set Ai:Endpoint to where it listens; PaperBot answers offline until it answers",
            (ModelFaults.Unreachable, _) => $"The model server at {server} is unreachable: start it, or set Ai:Endpoint to where it listens (Ollama http://localhost:11434/v1, llama.cpp http://localhost:8080/v1, vLLM http://localhost:8000/v1, LM Studio http://localhost:1234/v1); PaperBot answers offline until it answers",
            _ => $"The model server at {server} did not answer GET /models with a model list ({reason}): check that Ai:Endpoint is its OpenAI-compatible base URL, ending in /v1",
        };
    }

    // Ollama lists "llama3.1:latest" for "llama3.1"; vLLM and LM Studio list the name the model is served under.
    private static bool SameModel(string listed, string wanted) =>
        string.Equals(listed, wanted, StringComparison.OrdinalIgnoreCase)
        || string.Equals(listed, wanted + ":latest", StringComparison.OrdinalIgnoreCase)
        || string.Equals(listed + ":latest", wanted, StringComparison.OrdinalIgnoreCase);

    // The endpoint without credentials a URL may carry (https://user:key@host/v1).
    private static string Describe(Uri? endpoint) => endpoint is null
        ? "(none)"
        : new UriBuilder(endpoint) { UserName = string.Empty, Password = string.Empty, Query = string.Empty, Fragment = string.Empty }.Uri.ToString().TrimEnd('/');
}
