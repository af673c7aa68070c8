using System.Net.WebSockets;
using PaperBot.Benchmarks.Discord;
using PaperBot.Benchmarks.Reporting;

namespace PaperBot.Benchmarks;

/// <summary>Parses the options, runs the benchmark, maps failures to one line and an exit code (0 done, 1 error, 130 cancelled).</summary>
internal static class BenchmarkCli
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException bad)
        {
            await error.WriteLineAsync($"paperbot-benchmarks: {bad.Message}");
            await error.WriteLineAsync(BenchmarkOptions.Usage);
            return 1;
        }

        if (options.ShowHelp)
        {
            await output.WriteLineAsync(BenchmarkOptions.Usage);
            return 0;
        }

#if DEBUG
        await error.WriteLineAsync("warning: a Debug build; measure with -c Release.");
#endif
        try
        {
            if (options.Embedding)
            {
                await new Embeddings.EmbeddingBench(options, output, error).RunAsync(cancellationToken);
            }
            else if (options.Vectors)
            {
                await new Vectors.VectorBench(options, output, error).RunAsync(cancellationToken);
            }
            else if (options.Providers)
            {
                await new Providers.ProviderBench(options, output, error).RunAsync(cancellationToken);
            }
            else if (options.Ask)
            {
                await new Ask.AskBench(options, output, error).RunAsync(cancellationToken);
            }
            else if (options.AckLatency)
            {
                await new AckLatencyBench(options, output, error).RunAsync(cancellationToken);
            }
            else
            {
                await new BenchmarkRunner(options, output, error).RunAsync(cancellationToken);
            }

            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("paperbot-benchmarks: cancelled.");
            return 130;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException
            or HttpRequestException or WebSocketException or Npgsql.NpgsqlException)
        {
            await error.WriteLineAsync($"paperbot-benchmarks: {failure.Message}");
            return 1;
        }
    }
}
