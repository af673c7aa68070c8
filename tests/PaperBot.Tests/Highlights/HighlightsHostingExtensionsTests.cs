using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using PaperBot.AI;
using PaperBot.Core.Highlights;
using PaperBot.Data;
using PaperBot.Highlights;
using PaperBot.Hosting;

namespace PaperBot.Tests.Highlights;

public sealed class HighlightsHostingExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-host-").FullName;

    [Fact]
    public void AddPaperBotHighlights_ResolvesTheBuilderAndStoresWithoutTheScheduler()
    {
        using var host = Build([]);

        Assert.IsType<HighlightBuilder>(host.Services.GetRequiredService<IHighlightBuilder>());
        Assert.NotNull(host.Services.GetRequiredService<ISubscriptionStore>());
        Assert.NotNull(host.Services.GetRequiredService<IHighlightPostLog>());
        Assert.NotNull(host.Services.GetRequiredService<IBlurbWriter>());
        Assert.DoesNotContain(host.Services.GetServices<IHostedService>(), s => s is HighlightScheduler);
        Assert.Equal(30, host.Services.GetRequiredService<IOptions<HighlightOptions>>().Value.RepeatWindowDays);
    }

    [Fact]
    public void AddHighlightScheduler_CalledTwice_OneHostedScheduler()
    {
        using var host = Build([], services =>
        {
            services.AddSingleton(Mock.Of<IChannelPublisher>());
            services.AddHighlightScheduler();
            services.AddHighlightScheduler();
        });

        Assert.Single(host.Services.GetServices<IHostedService>(), s => s is HighlightScheduler);
    }

    [Theory]
    [InlineData("Highlights:CheckIntervalSeconds", "0")]
    [InlineData("Highlights:SendTimeoutSeconds", "601")]
    [InlineData("Highlights:RepeatWindowDays", "-1")]
    public void AddPaperBotHighlights_OutOfRange_StartupFailsNamingTheKey(string key, string value)
    {
        using var host = Build(new() { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left to the OS temp cleaner.
        }
    }

    private IHost Build(Dictionary<string, string?> settings, Action<IServiceCollection>? more = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        settings["Storage:DatabasePath"] = Path.Combine(_folder, "paperbot.db");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddPaperBotHost();
        builder.AddPaperBotData();
        builder.AddPaperBotAI();
        more?.Invoke(builder.Services);
        return builder.Build();
    }
}
