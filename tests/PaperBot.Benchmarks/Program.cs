using System.Globalization;
using PaperBot.Benchmarks;

// The runtime's own start, timed by the start-up benchmark: nothing but the process.
if (args is ["--noop"])
{
    return 0;
}

// A fresh process timed by the vector benchmark: open the database and its index, answer one search.
if (args is ["--vector-open", var database, var model, .. var settings])
{
    return PaperBot.Benchmarks.Vectors.VectorOpenProbe.Run(database, model, settings);
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await BenchmarkCli.RunAsync(args, Console.Out, Console.Error, cancel.Token);
