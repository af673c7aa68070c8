using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Moq;
using PaperBot.AI.Plugins;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.AI.Plugins;

/// <summary>The papers plugin as the model sees it: created by <see cref="KernelPluginFactory"/> and invoked through a kernel.</summary>
public sealed class PapersPluginTests
{
    private readonly Mock<IPaperSearch> _search = new();
    private readonly Mock<IPaperStore> _store = new();
    private readonly Mock<ISimilarPapers> _similar = new();
    private readonly Mock<IRecentPapers> _recent = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 3, 10, 22, 0, 0, TimeSpan.Zero));

    public PapersPluginTests()
    {
        _search.Setup(s => s.SearchAsync(It.IsAny<string>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new PaperHit(12, "FlashAttention", "2205.14135", new DateOnly(2022, 5, 27), 40, 3.5, new string('x', 1000))]);
        _similar.Setup(s => s.FindSimilarAsync(It.IsAny<long>(), It.IsAny<int>(), It.IsAny<CancellationToken>())).ReturnsAsync([]);
        _recent.Setup(r => r.ListAsync(It.IsAny<DateOnly>(), It.IsAny<DateOnly>(), It.IsAny<string?>(), It.IsAny<int>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([]);
    }

    [Fact]
    public void Plugin_ToolNames_AreTheFourPapersFunctionsAsTheModelSeesThem()
    {
        var plugin = CreatePlugin();

        var names = plugin.GetFunctionsMetadata().Select(m => m.ToOpenAIFunction().FullyQualifiedName).Order();

        Assert.Equal(["papers-get_paper", "papers-recent_papers", "papers-search_papers", "papers-similar_papers"], names);
    }

    [Fact]
    public void Plugin_EveryFunctionAndParameter_IsDescribedAndHidesTheCancellationToken()
    {
        foreach (var function in CreatePlugin().GetFunctionsMetadata())
        {
            Assert.True(function.Description.Length > 40, function.Name);
            Assert.All(function.Parameters, p => Assert.True(p.Description.Length > 20, $"{function.Name}.{p.Name}"));
            Assert.DoesNotContain(function.Parameters, p => p.ParameterType == typeof(CancellationToken));
        }
    }

    [Theory]
    [InlineData("search_papers", "query:required top:optional")]
    [InlineData("get_paper", "id_or_title:required")]
    [InlineData("similar_papers", "paper_id:required top:optional")]
    [InlineData("recent_papers", "from:optional to:optional topic:optional top:optional")]
    public void Plugin_Parameters_HaveTheNamesAndRequirednessTheModelSees(string function, string expected)
    {
        var parameters = CreatePlugin()[function].Metadata.Parameters;

        Assert.Equal(expected, string.Join(' ', parameters.Select(p => $"{p.Name}:{(p.IsRequired ? "required" : "optional")}")));
    }

    [Fact]
    public void Plugin_Dependencies_AreReadOnlyPorts()
    {
        var readVerbs = new[] { "Get", "Find", "Search", "List", "Complete", "Has" };

        var ports = typeof(PapersPlugin).GetConstructors().Single().GetParameters().Select(p => p.ParameterType).Where(t => t.IsInterface);

        Assert.All(ports.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance)), m =>
            Assert.True(readVerbs.Any(v => m.Name.StartsWith(v, StringComparison.Ordinal)), $"{m.DeclaringType!.Name}.{m.Name} is not a read"));
    }

    [Theory]
    [InlineData("50", 10)]
    [InlineData("3", 3)]
    [InlineData("0", 1)]
    [InlineData("-4", 1)]
    public async Task SearchPapers_Top_IsCappedBetweenOneAndTen(string top, int expected)
    {
        await Invoke("search_papers", new() { ["query"] = "flash attention", ["top"] = top });

        _search.Verify(s => s.SearchAsync("flash attention", expected, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SearchPapers_Hits_BecomeSmallRecordsWithUrlDateAndShortSnippet()
    {
        var results = (IReadOnlyList<PaperResult>)(await Invoke("search_papers", new() { ["query"] = "flash" }))!;

        var result = Assert.Single(results);
        Assert.Equal((12L, "FlashAttention", "2022-05-27", "https://arxiv.org/abs/2205.14135"), (result.Id, result.Title, result.Date, result.Url));
        Assert.InRange(result.Snippet.Length, 1, 301);
        _search.Verify(s => s.SearchAsync("flash", 5, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SearchPapers_BlankQuery_ReturnsNothingWithoutSearching()
    {
        var results = (IReadOnlyList<PaperResult>)(await Invoke("search_papers", new() { ["query"] = "   " }))!;

        Assert.Empty(results);
        _search.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task GetPaper_Found_ReturnsDetailsWithTrimmedAbstractAndAuthors()
    {
        var paper = new Paper { Title = "GPipe", Abstract = new string('a', 4000), Authors = [.. Enumerable.Range(1, 10).Select(i => $"Author {i}")], ArxivId = "1811.06965" };
        _store.Setup(s => s.FindAsync("GPipe", It.IsAny<CancellationToken>())).ReturnsAsync(new StoredPaper(7, paper, ["test"]));

        var details = (PaperDetails?)await Invoke("get_paper", new() { ["id_or_title"] = "  GPipe " });

        Assert.NotNull(details);
        Assert.Equal((7L, "GPipe", "https://arxiv.org/abs/1811.06965"), (details.Id, details.Title, details.Url));
        Assert.InRange(details.Abstract.Length, 1000, 1501);
        Assert.EndsWith("Author 8, et al.", details.Authors);
    }

    [Fact]
    public async Task GetPaper_NothingMatches_ReturnsNull()
    {
        Assert.Null(await Invoke("get_paper", new() { ["id_or_title"] = "999" }));
        _store.Verify(s => s.FindAsync("999", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task SimilarPapers_IdAsText_ReachesThePortAsANumber()
    {
        await Invoke("similar_papers", new() { ["paper_id"] = "12", ["top"] = "99" });

        _similar.Verify(s => s.FindSimilarAsync(12, PapersPlugin.MaxTop, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RecentPapers_NoDates_AreTheLastSevenDaysEndingToday()
    {
        await Invoke("recent_papers", []);

        _recent.Verify(r => r.ListAsync(new DateOnly(2025, 3, 4), new DateOnly(2025, 3, 10), null, 5, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task RecentPapers_ReversedDatesAndTopic_AreOrderedAndTrimmed()
    {
        await Invoke("recent_papers", new() { ["from"] = "2025-03-07", ["to"] = "2025-03-01", ["topic"] = " diffusion " });

        _recent.Verify(r => r.ListAsync(new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 7), "diffusion", 5, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Theory]
    [InlineData("recent_papers", "from", "last tuesday", "the arguments were not valid for this tool")]
    [InlineData("similar_papers", "paper_id", "the first one", "the arguments were not valid for this tool")]
    public async Task Invoke_BadArgument_TheFilterTurnsItIntoAToolFailure(string function, string parameter, string value, string error)
    {
        var result = await Invoke(function, new() { [parameter] = value });

        Assert.Equal(new ToolFailure(error), result);
    }

    [Fact]
    public async Task Invoke_StoreThrows_TheFilterTurnsItIntoAToolFailure()
    {
        _store.Setup(s => s.FindAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new StoreException("disk gone"));

        var result = await Invoke("get_paper", new() { ["id_or_title"] = "12" });

        Assert.Equal(new ToolFailure("the corpus could not be read"), result);
    }

    [Fact]
    public async Task Invoke_BadArgumentWithoutTheFilter_Throws()
    {
        var kernel = new Kernel();
        var function = CreatePlugin()["recent_papers"];

        await Assert.ThrowsAnyAsync<ArgumentException>(() => function.InvokeAsync(kernel, new() { ["from"] = "soon" }));
    }

    private KernelPlugin CreatePlugin()
    {
        var services = new ServiceCollection()
            .AddSingleton(_search.Object)
            .AddSingleton(_store.Object)
            .AddSingleton(_similar.Object)
            .AddSingleton(_recent.Object)
            .AddSingleton<TimeProvider>(_time)
            .BuildServiceProvider();
        return KernelPluginFactory.CreateFromType<PapersPlugin>(PapersPlugin.Name, services);
    }

    private async Task<object?> Invoke(string function, KernelArguments arguments)
    {
        var builder = Kernel.CreateBuilder();
        builder.Plugins.Add(CreatePlugin());
        builder.Services.AddSingleton<IFunctionInvocationFilter>(new ToolFailureFilter(NullLogger<ToolFailureFilter>.Instance));
        var kernel = builder.Build();
        var result = await kernel.InvokeAsync(PapersPlugin.Name, function, arguments);
        return result.GetValue<object>();
    }
}
