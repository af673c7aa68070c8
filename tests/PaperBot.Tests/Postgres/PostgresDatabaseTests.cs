using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using PaperBot.Core.Papers;
using PaperBot.Postgres.Database;

namespace PaperBot.Tests.Postgres;

public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task RunAsync_NoServerListening_OneLineNamingTheServerNeverThePassword()
    {
        // A loopback port that was free a moment ago: nothing answers there.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var database = new PostgresDatabase(
            $"Host=127.0.0.1;Port={port};Database=paperbot;Username=paperbot;Password=hunter2xyz;Timeout=5",
            NullLogger<PostgresDatabase>.Instance);

        var error = await Assert.ThrowsAsync<StoreException>(() => database.RunAsync((_, _) => Task.FromResult(0), CancellationToken.None));

        Assert.StartsWith($"cannot reach PostgreSQL at 127.0.0.1:{port}/paperbot", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("start the server, or fix Host/Port in Storage:ConnectionString.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2xyz", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }
}
