using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Corpus;
using PaperBot.Core.Follows;
using PaperBot.Core.Highlights;
using PaperBot.Data;
using PaperBot.Postgres;

namespace PaperBot.Tests.Postgres;

public sealed class PostgresHostingExtensionsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("paperbot-host-").FullName;
    private List<Type> _dataPorts = [];

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
    public async Task AddPaperBotPostgres_Postgres_EveryPortTheSqliteStoreRegistersIsServedFromPostgres()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Password=pw" });

        // Starting validates the settings; nothing connects until a port is used.
        await host.StartAsync();
        await host.StopAsync();

        // Every interface AddPaperBotData registers (the Core ports and the ranking's store ports) is resolved: none may
        // come from the SQLite project, or the bot would keep part of its data in a file beside PostgreSQL.
        var fromSqlite = _dataPorts
            .Select(port => (Port: port.Name, Served: host.Services.GetRequiredService(port).GetType()))
            .Where(p => p.Served.Assembly == typeof(StoreOptions).Assembly)
            .Select(p => $"{p.Port} -> {p.Served.Name}")
            .ToList();
        Assert.Empty(fromSqlite);
        Assert.Contains(typeof(IFollowStore), _dataPorts);
        Assert.Equal("PostgresDigestLog", host.Services.GetRequiredService<IDigestLog>().GetType().Name);
        Assert.False(File.Exists(Path.Combine(_folder, "paperbot.db")));
    }

    [Fact]
    public void AddPaperBotPostgres_PostgresWithoutConnectionString_StartupFailsNamingTheKey()
    {
        using var host = Build(new() { ["Storage:Provider"] = "Postgres" });

        var error = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());

        Assert.Contains("Storage:ConnectionString is required with Storage:Provider=Postgres: set PAPERBOT_Storage__ConnectionString", error.Message, StringComparison.Ordinal);
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
        builder.Services.AddSingleton(new CorpusFileReader(new CorpusReaderOptions(), TimeProvider.System));
        var before = builder.Services.Count;
        builder.AddPaperBotData();
        _dataPorts = [.. builder.Services.Skip(before).Select(d => d.ServiceType).Where(t => t.IsInterface).Distinct()];
        builder.AddPaperBotPostgres();
        return builder.Build();
    }
}
