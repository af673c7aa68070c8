using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PaperBot.AI;

namespace PaperBot.IntegrationTests.Ai;

/// <summary>A host composed as PaperBot composes it (<c>AddPaperBotAI</c>), over <see cref="FakePorts"/>.</summary>
internal static class AiTestHost
{
    /// <summary>Ai:TimeoutSeconds for tests that expect the model to answer: generous, so a busy machine never times out.</summary>
    public const int TimeoutSeconds = 20;

    /// <summary>Ai:TimeoutSeconds for tests of failures, so that a timeout is quick to reach.</summary>
    public const int FaultTimeoutSeconds = 1;

    public static IHost Build(FakePorts ports, Uri? endpoint, string? chatModel = "fake-chat", string? embeddingModel = null, CapturedLogs? logs = null,
        IDictionary<string, string?>? extra = null, int timeoutSeconds = TimeoutSeconds)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = "Test" });
        var settings = new Dictionary<string, string?>
        {
            ["Ai:Endpoint"] = endpoint?.ToString(),
            ["Ai:ChatModel"] = chatModel,
            ["Ai:EmbeddingModel"] = embeddingModel,
            ["Ai:ApiKey"] = "sk-test-key",
            // The local model costs seconds and memory to load: only the tests that ask for it get it.
            ["Ai:LocalEmbeddings"] = "false",
            ["Ai:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        if (logs is not null)
        {
            builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        }

        ports.Register(builder.Services);
        builder.AddPaperBotAI();
        return builder.Build();
    }

    /// <summary>An endpoint where nothing listens: a port that was free a moment ago.</summary>
    public static Uri ClosedEndpoint()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/v1");
    }
}
