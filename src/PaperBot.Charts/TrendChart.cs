using PaperBot.Core.Trends;
using ScottPlot;

namespace PaperBot.Charts;

/// <summary>A topic's papers per month as a bar chart: one bar per month, labelled "2025-03", in a fixed-size PNG.</summary>
internal sealed class TrendChart : ITrendChart
{
    public const int Width = 800;
    public const int Height = 400;

    /// <summary>Month labels a chart shows at most; longer periods label every second or third month.</summary>
    public const int MaxLabels = 12;

    /// <summary>The bars' fill (PaperBot's accent, as in Discord embeds).</summary>
    public static readonly Color BarColor = Color.FromHex("#FFB000");

    public byte[] RenderPng(TopicTrend trend) => Build(trend).GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>The plot before rendering: one bar per month, in order, at x = 0, 1, 2, ...</summary>
    internal static Plot Build(TopicTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        BundledFont.EnsureRegistered();
        var plot = new Plot();
        var bars = trend.Months.Select((month, i) => new Bar
        {
            Position = i,
            Value = month.Papers,
            FillColor = BarColor,
            LineWidth = 0,
            Size = 0.8,
        }).ToList();
        plot.Add.Bars(bars);

        var step = (int)Math.Ceiling(trend.Months.Count / (double)MaxLabels);
        var ticks = trend.Months
            .Select((month, i) => (month, i))
            .Where(x => (trend.Months.Count - 1 - x.i) % step == 0)
            .Select(x => new Tick(x.i, x.month.Label))
            .ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(bottom: 0);
        plot.Axes.SetLimitsY(0, Math.Max(1, trend.Months.Max(m => m.Papers)) * 1.1);
        plot.Axes.Left.Label.Text = "Papers";
        plot.Title($"Papers on “{Shorten(trend.Topic)}” per month");
        // Last, so that every label set above takes it.
        plot.Font.Set(BundledFont.Name);
        return plot;
    }

    private static string Shorten(string topic) => topic.Length <= 60 ? topic : topic[..59] + "…";
}
