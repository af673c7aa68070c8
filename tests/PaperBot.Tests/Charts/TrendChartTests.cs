using System.Buffers.Binary;
using PaperBot.Charts;
using PaperBot.Core.Trends;
using ScottPlot;
using SkiaSharp;

namespace PaperBot.Tests.Charts;

public sealed class TrendChartTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void RenderPng_Trend_IsAPngOfTheChosenSize()
    {
        var png = new TrendChart().RenderPng(Trend(3, 1, 4, 1, 5));

        Assert.Equal(PngSignature, png[..8]);
        // The first chunk is IHDR: length, type, then width and height as big-endian integers.
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal(TrendChart.Width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(TrendChart.Height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Theory]
    [InlineData(new[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8 })]
    [InlineData(new[] { 7 })]
    [InlineData(new[] { 2, 2, 2, 1, 1, 1, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 6, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9 })]
    public void Build_OneBarPerMonth_InTheModelAndInThePixels(int[] counts)
    {
        var trend = Trend(counts);

        var plot = TrendChart.Build(trend);
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).ToList();

        Assert.Equal(counts.Length, bars.Count);
        Assert.Equal(counts.Select(c => (double)c), bars.OrderBy(b => b.Position).Select(b => b.Value));
        Assert.Equal(counts.Length, BarRunsAtTheBottom(plot));
    }

    [Fact]
    public void Build_EmptyMonth_HasABarOfZeroThatDrawsNothing()
    {
        var plot = TrendChart.Build(Trend(4, 0, 6));

        Assert.Equal(3, plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Sum(b => b.Bars.Count));
        // The pixel count can fail: a month without papers leaves a gap.
        Assert.Equal(2, BarRunsAtTheBottom(plot));
    }

    [Fact]
    public void Build_Labels_OnePerMonthInOrder()
    {
        var plot = TrendChart.Build(Trend(1, 2, 3));
        plot.GetImageBytes(TrendChart.Width, TrendChart.Height, ImageFormat.Png);

        var labels = plot.Axes.Bottom.TickGenerator.Ticks.Where(t => t.IsMajor).OrderBy(t => t.Position).Select(t => t.Label);
        Assert.Equal(["2025-10", "2025-11", "2025-12"], labels);
    }

    [Fact]
    public void Build_Labels_UseTheBundledFontWhichDrawsTheTitle()
    {
        var plot = TrendChart.Build(Trend(1, 2, 3));
        var png = plot.GetImageBytes(TrendChart.Width, TrendChart.Height, ImageFormat.Png);

        Assert.Equal(BundledFont.Name, plot.Axes.Title.Label.FontName);
        Assert.Equal(BundledFont.Name, plot.Axes.Bottom.TickLabelStyle.FontName);
        var typeface = new BundledFont().CreateTypeface(BundledFont.Name, bold: true, italic: false);
        Assert.Equal("DejaVu Sans", typeface?.FamilyName);
        using var font = new SKFont(typeface);
        Assert.DoesNotContain((ushort)0, font.GetGlyphs("Papers on “x” 2025-03"));
        // The title is drawn: dark pixels above the data area.
        using var bitmap = SKBitmap.Decode(png);
        var top = (int)plot.RenderManager.LastRender.DataRect.Top;
        var dark = Enumerable.Range(0, top).SelectMany(y => Enumerable.Range(0, bitmap.Width).Select(x => bitmap.GetPixel(x, y))).Count(p => p.Red < 100 && p.Green < 100 && p.Blue < 100);
        Assert.True(dark > 50, $"{dark} dark pixels in the title band");
    }

    /// <summary>
    /// Renders the plot and counts the runs of bar-coloured pixels along a row just above the data area's bottom edge,
    /// where every bar with papers is drawn.
    /// </summary>
    private static int BarRunsAtTheBottom(Plot plot)
    {
        var png = plot.GetImageBytes(TrendChart.Width, TrendChart.Height, ImageFormat.Png);
        var area = plot.RenderManager.LastRender.DataRect;
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(TrendChart.Width, bitmap.Width);
        var y = (int)area.Bottom - 3;
        var runs = 0;
        var inRun = false;
        for (var x = (int)area.Left; x < (int)area.Right; x++)
        {
            var isBar = IsBarColour(bitmap.GetPixel(x, y));
            runs += isBar && !inRun ? 1 : 0;
            inRun = isBar;
        }

        return runs;
    }

    private static bool IsBarColour(SKColor pixel)
    {
        var bar = TrendChart.BarColor;
        return Math.Abs(pixel.Red - bar.R) <= 8 && Math.Abs(pixel.Green - bar.G) <= 8 && Math.Abs(pixel.Blue - bar.B) <= 8;
    }

    /// <summary>A trend whose months end in 2025-12, one per count.</summary>
    internal static TopicTrend Trend(params int[] counts)
    {
        var end = new DateOnly(2025, 12, 14);
        var months = counts.Select((count, i) => new MonthCount(new DateOnly(2025, 12, 1).AddMonths(i + 1 - counts.Length), count)).ToList();
        return new TopicTrend("LLM inference", months[0].Month, end, months, []);
    }
}
