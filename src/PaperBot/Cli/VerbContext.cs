using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;
using PaperBot.Corpus;
using PaperBot.Embeddings;
using PaperBot.Hosting;

namespace PaperBot.Cli;

/// <summary>
/// What every verb needs: a host composed with the command line's overrides, the output streams, and one place
/// that turns expected failures (bad settings, an unusable database) into one line on stderr and exit code 1.
/// </summary>
internal sealed class VerbContext(Func<CliOverrides, IHost> createHost, CommonOptions common, TextWriter output, TextWriter error)
{
    public TextWriter Output => output;

    public TextWriter Error => error;

    /// <summary>Prints a result: as JSON with <c>--json</c>, otherwise as text for a terminal.</summary>
    public Task WriteResultAsync<T>(bool json, T value, Func<T, string> text) =>
        json ? CliJson.WriteAsync(output, value) : output.WriteAsync(text(value));

    /// <summary>Runs a verb that reads the corpus: the bundled corpus is loaded first when the database is empty.</summary>
    /// <param name="adjust">Verb-specific settings on top of the common options (e.g. <c>eval --mode</c>).</param>
    public Task<int> RunWithCorpusAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken, Func<CliOverrides, CliOverrides>? adjust = null) =>
        RunAsync(parse, async (services, ct) =>
        {
            await services.GetRequiredService<BundledCorpus>().EnsureLoadedAsync(error, ct);
            return await verb(services, ct);
        }, cancellationToken, adjust);

    /// <summary>
    /// Runs a verb that ranks papers (<c>search</c>, <c>ask</c>, <c>similar</c>, <c>eval</c>): after the corpus, the papers
    /// that lack vectors are embedded first, with progress on stderr, so its answer is already semantic.
    /// </summary>
    public Task<int> RunWithIndexAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken, Func<CliOverrides, CliOverrides>? adjust = null) =>
        RunWithCorpusAsync(parse, async (services, ct) =>
        {
            await services.GetRequiredService<SemanticIndexCatchUp>().RunAsync(error, ct);
            return await verb(services, ct);
        }, cancellationToken, adjust);

    public async Task<int> RunAsync(ParseResult parse, Func<IServiceProvider, CancellationToken, Task<int>> verb, CancellationToken cancellationToken, Func<CliOverrides, CliOverrides>? adjust = null)
    {
        try
        {
            var overrides = common.Read(parse, oneShot: !RunVerb.IsLongRunning(parse));
            using var host = createHost(adjust is null ? overrides : adjust(overrides));
            // Settings are checked before any work, so a wrong value stops here with the key's name.
            host.Services.GetRequiredService<IStartupValidator>().Validate();
            return await verb(host.Services, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("paperbot: cancelled.");
            return 130;
        }
        catch (Exception failure)
        {
            // Everything a user can cause (settings, the database, files) becomes a line that says what to do;
            // anything else is still one line rather than a stack trace.
            foreach (var line in CliErrors.Describe(failure))
            {
                await error.WriteLineAsync($"paperbot: {line}");
            }

            return 1;
        }
    }
}
