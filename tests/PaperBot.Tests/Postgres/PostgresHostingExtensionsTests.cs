using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Chat;
using PaperBot.Core.Highlights;
using PaperBot.Data;
using PaperBot.Postgres;

namespace PaperBot.Tests.Postgres;

public sealed class PostgresHostingExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-host-").FullName;
    private IServiceCollection? _services;

    [Fact]
    public async Task AddPaperBotPostgres_NoProvider_StartsOnSqliteAsBefore()
    {
        using var host = Build([]);

        await host.StartAsync();
        await host.StopAsync();

        Assert.Equal("SqliteSubscriptionStore", host.Services.GetRequiredService<ISubscriptionStore>().GetType().Name);
        Assert.Equal("SqliteHighlightPostLog", host.Services.GetRequiredService<IHighlightPostLog>().GetType().Name);
    }

    [Fact]
    public void AddPaperBotPostgres_Postgres_ReplacesThePortsItImplementsAndIsRefusedAtStartUntilComplete()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Password=pw" });

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("Storage:Provider=Postgres is not complete yet", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("pw", error.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["PostgresSubscriptionStore", "PostgresHighlightPostLog", "PostgresPostedPapers", "PostgresConversationStore"],
            new[] { typeof(ISubscriptionStore), typeof(IHighlightPostLog), typeof(IPostedPapers), typeof(IConversationStore) }
                .Select(port => Assert.Single(_services!, d => d.ServiceType == port).ImplementationType?.Name));
    }

    [Fact]
    public void AddPaperBotPostgres_UnknownProvider_StartupFailsNamingTheKey()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Oracle" });

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("Storage:Provider must be Sqlite (the default, a file) or Postgres, not \"Oracle\".", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddPaperBotPostgres_ConnectionStringInConfigJson_StartupRefusesIt()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "config"));
        File.WriteAllText(Path.Combine(_folder, "config", "appsettings.json"), """{ "Storage": { "ConnectionString": "Host=db;Password=hunter2xyz" } }""");
        using var host = Build([], configFolder: _folder);

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("Storage:ConnectionString must not be in config/*.json", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2xyz", error.Message, StringComparison.Ordinal);
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

    private IHost Build(Dictionary<string, string?> settings, string? configFolder = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true }); // no machine environment or stray appsettings.json
        if (configFolder is not null)
        {
            builder.Configuration.SetBasePath(configFolder).AddJsonFile("config/appsettings.json", optional: false);
        }

        settings["Storage:DatabasePath"] = Path.Combine(_folder, "paperbot.db");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddPaperBotData();
        builder.AddPaperBotPostgres();
        _services = builder.Services;
        return builder.Build();
    }
}
