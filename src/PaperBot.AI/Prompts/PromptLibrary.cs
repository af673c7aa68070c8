using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;

namespace PaperBot.AI.Prompts;

/// <summary>
/// Loads the prompt directories shipped beside the program (<c>prompts/</c>, copied to the output by the AI project)
/// the way Semantic Kernel's <c>CreatePluginFromPromptDirectory</c> does, and keeps each function once loaded.
/// Prompt functions are not added to the kernel's plugins: the chat model's tools are the papers plugin only.
/// </summary>
internal sealed class PromptLibrary
{
    public const string FolderName = "prompts";
    private const string ConfigFile = "config.json";
    private const string TemplateFile = "skprompt.txt";

    private readonly string _root;
    private readonly ILoggerFactory _loggerFactory;
    private readonly ConcurrentDictionary<PromptName, KernelFunction> _functions = new();
    private readonly ConcurrentDictionary<PromptName, IPromptTemplate> _templates = new();

    public PromptLibrary(ILoggerFactory loggerFactory)
        : this(Path.Combine(AppContext.BaseDirectory, FolderName), loggerFactory)
    {
    }

    internal PromptLibrary(string root, ILoggerFactory loggerFactory)
    {
        _root = root;
        _loggerFactory = loggerFactory;
    }

    /// <summary>A fresh copy of the prompt's configuration with its template (template factories add to it, so never shared).</summary>
    public PromptTemplateConfig LoadConfig(PromptName name)
    {
        var folder = Path.Combine(_root, name.Plugin, name.Function);
        var configPath = Path.Combine(folder, ConfigFile);
        var templatePath = Path.Combine(folder, TemplateFile);
        if (!File.Exists(configPath) || !File.Exists(templatePath))
        {
            throw new InvalidOperationException(
                $"The prompt {name} is missing: expected {TemplateFile} and {ConfigFile} in {folder} (the prompts folder ships beside the program).");
        }

        var config = PromptTemplateConfig.FromJson(File.ReadAllText(configPath));
        config.Name = name.Function;
        config.Template = File.ReadAllText(templatePath);
        return config;
    }

    /// <summary>The prompt as a kernel function: invoke it with a kernel that has a chat completion service.</summary>
    public KernelFunction GetFunction(PromptName name) =>
        _functions.GetOrAdd(name, n => KernelFunctionFactory.CreateFromPrompt(LoadConfig(n), loggerFactory: _loggerFactory));

    /// <summary>The prompt's default execution settings from its <c>config.json</c>.</summary>
    public PromptExecutionSettings? GetDefaultSettings(PromptName name) =>
        GetFunction(name).ExecutionSettings?.TryGetValue(PromptExecutionSettings.DefaultServiceId, out var settings) == true ? settings : null;

    /// <summary>
    /// Renders a prompt to plain text, for prompts used as a system message rather than invoked. Semantic Kernel
    /// HTML-encodes every variable value while rendering (it expects to parse <c>&lt;message&gt;</c> tags next);
    /// no parse follows here, so the text is decoded back. Only trusted values (dates, counts) go into such prompts.
    /// </summary>
    public async Task<string> RenderAsync(PromptName name, Kernel kernel, KernelArguments arguments, CancellationToken cancellationToken)
    {
        var template = _templates.GetOrAdd(name, n => new KernelPromptTemplateFactory(_loggerFactory).Create(LoadConfig(n)));
        var rendered = await template.RenderAsync(kernel, arguments, cancellationToken).ConfigureAwait(false);
        return WebUtility.HtmlDecode(rendered);
    }
}
