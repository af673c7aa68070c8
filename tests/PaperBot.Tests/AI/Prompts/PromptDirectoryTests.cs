using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using PaperBot.AI.Prompts;
using PaperBot.Core.Summaries;

namespace PaperBot.Tests.AI.Prompts;

/// <summary>
/// Every prompt directory shipped beside the binaries (<c>prompts/&lt;Plugin&gt;/&lt;Function&gt;/</c>): its config describes it
/// and every variable, declares exactly the variables the template uses, never allows dangerous content, and loads in
/// Semantic Kernel.
/// </summary>
public sealed partial class PromptDirectoryTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, PromptLibrary.FolderName);
    private static readonly string[] FixedPrompts = ["Chat/Answer", "Chat/AnswerFromPassages", "Highlights/Blurb"];

    public static TheoryData<string> FunctionDirectories()
    {
        var data = new TheoryData<string>();
        foreach (var plugin in Directory.EnumerateDirectories(Root))
        {
            foreach (var function in Directory.EnumerateDirectories(plugin))
            {
                data.Add(Path.GetRelativePath(Root, function).Replace('\\', '/'));
            }
        }

        return data;
    }

    [Fact]
    public void Prompts_ExpectedDirectories_AllShip()
    {
        var expected = FixedPrompts.Concat(Enum.GetValues<SummaryStyle>().Select(s => PromptName.Summary(s).ToString())).Order().ToArray();

        var shipped = Directory.EnumerateDirectories(Root).SelectMany(Directory.EnumerateDirectories)
            .Select(d => Path.GetRelativePath(Root, d).Replace('\\', '/')).Order().ToArray();

        Assert.Equal(expected, shipped);
        Assert.All(expected, name => Assert.True(File.Exists(Path.Combine(Root, name, "skprompt.txt")), name));
    }

    [Theory]
    [MemberData(nameof(FunctionDirectories))]
    public void Config_DescribesThePromptItsSettingsAndEveryVariable(string directory)
    {
        using var config = ReadConfig(directory);
        var root = config.RootElement;

        Assert.True(root.GetProperty("description").GetString()!.Length > 20);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("execution_settings").GetProperty("default").ValueKind);
        Assert.True(root.GetProperty("execution_settings").GetProperty("default").GetProperty("max_tokens").GetInt32() > 0);
        Assert.All(root.GetProperty("input_variables").EnumerateArray(), v =>
        {
            Assert.False(string.IsNullOrWhiteSpace(v.GetProperty("name").GetString()));
            Assert.True(v.GetProperty("description").GetString()!.Length > 10, v.GetProperty("name").GetString());
            Assert.False(v.TryGetProperty("allow_dangerously_set_content", out var unsafeVariable) && unsafeVariable.GetBoolean());
        });
        Assert.False(root.TryGetProperty("allow_dangerously_set_content", out var unsafeContent) && unsafeContent.GetBoolean());
    }

    [Theory]
    [MemberData(nameof(FunctionDirectories))]
    public void Template_UsesExactlyTheDeclaredVariables(string directory)
    {
        using var config = ReadConfig(directory);
        var declared = config.RootElement.GetProperty("input_variables").EnumerateArray().Select(v => v.GetProperty("name").GetString()!).ToHashSet();
        var template = File.ReadAllText(Path.Combine(Root, directory, "skprompt.txt"));

        var used = TemplateBlock().Matches(template).SelectMany(b => VariableName().Matches(b.Value)).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.NotEmpty(used);
        Assert.Empty(used.Except(declared));
        Assert.Empty(declared.Except(used));
    }

    [Theory]
    [MemberData(nameof(FunctionDirectories))]
    public void Directory_LoadsInSemanticKernelWithTheDeclaredParameters(string directory)
    {
        var parts = directory.Split('/');
        using var config = ReadConfig(directory);
        var declared = config.RootElement.GetProperty("input_variables").EnumerateArray().Select(v => v.GetProperty("name").GetString()).Order();

        var plugin = new Kernel().CreatePluginFromPromptDirectory(Path.Combine(Root, parts[0]));

        var function = plugin[parts[1]];
        Assert.Equal(declared, function.Metadata.Parameters.Select(p => p.Name).Order());
        Assert.False(string.IsNullOrWhiteSpace(function.Description));
    }

    [Theory]
    [MemberData(nameof(FunctionDirectories))]
    public void Template_PaperText_IsDataInTheUserMessageNeverInTheSystemMessage(string directory)
    {
        var template = File.ReadAllText(Path.Combine(Root, directory, "skprompt.txt"));
        if (!template.Contains("{{$abstract}}", StringComparison.Ordinal))
        {
            return;
        }

        var system = SystemMessage().Match(template);
        Assert.True(system.Success);
        Assert.Contains("not instructions", system.Value);
        Assert.DoesNotContain("{{", system.Value);
        Assert.Contains("{{$abstract}}", UserMessage().Match(template).Value);
    }

    [Fact]
    public async Task RenderAsync_ChatAnswer_FillsEveryVariable()
    {
        var library = new PromptLibrary(NullLoggerFactory.Instance);
        var arguments = new KernelArguments { ["paper_count"] = "331", ["date_range"] = "from 2024-11-27 to 2025-12-11", ["today"] = "2025-12-12" };

        var text = await library.RenderAsync(PromptName.ChatAnswer, new Kernel(), arguments, CancellationToken.None);

        Assert.Contains("331 papers dated from 2024-11-27 to 2025-12-11. Today is 2025-12-12.", text);
        Assert.Contains("not instructions", text);
        Assert.DoesNotContain("{{", text);
    }

    [Fact]
    public void GetDefaultSettings_Summary_ComesFromConfigJson()
    {
        var settings = new PromptLibrary(NullLoggerFactory.Instance).GetDefaultSettings(PromptName.Summary(SummaryStyle.TlDr));

        Assert.NotNull(settings);
        Assert.Equal(160, ((JsonElement)settings.ExtensionData!["max_tokens"]).GetInt32());
    }

    [Fact]
    public void LoadConfig_MissingDirectory_SaysWhereItLooked()
    {
        var library = new PromptLibrary(Path.Combine(Path.GetTempPath(), "no-prompts-here"), NullLoggerFactory.Instance);

        var error = Assert.Throws<InvalidOperationException>(() => library.LoadConfig(PromptName.ChatAnswer));

        Assert.Contains("no-prompts-here", error.Message);
    }

    private static JsonDocument ReadConfig(string directory) => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, directory, "config.json")));

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex TemplateBlock();

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex VariableName();

    [GeneratedRegex(@"<message role=""system"">.*?</message>", RegexOptions.Singleline)]
    private static partial Regex SystemMessage();

    [GeneratedRegex(@"<message role=""user"">.*?</message>", RegexOptions.Singleline)]
    private static partial Regex UserMessage();
}
