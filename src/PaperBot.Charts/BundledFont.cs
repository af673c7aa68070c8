using ScottPlot;
using SkiaSharp;

namespace PaperBot.Charts;

/// <summary>
/// DejaVu Sans, shipped inside this assembly (Fonts/, Bitstream Vera licence beside it). The Linux Skia build without
/// dependencies finds fonts only under /usr/share/fonts: on a machine without any (a fresh container, CI), every
/// label would be drawn as nothing. With the font bundled, a chart reads the same everywhere.
/// </summary>
internal sealed class BundledFont : IFontResolver
{
    public const string Name = "PaperBot DejaVu Sans";

    private static readonly Lazy<SKTypeface> Typeface = new(Load);
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Makes <see cref="Name"/> known to ScottPlot (once per process; ScottPlot's resolver list is static).</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Fonts.FontResolvers.Insert(0, new BundledFont());
                _registered = true;
            }
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) => fontName == Name ? Typeface.Value : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        fontName == Name ? Typeface.Value : null;

    private static SKTypeface Load()
    {
        using var stream = typeof(BundledFont).Assembly.GetManifestResourceStream("PaperBot.Charts.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The bundled font PaperBot.Charts.Fonts.DejaVuSans.ttf is missing from the assembly.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("Skia could not read the bundled font DejaVuSans.ttf.");
    }
}
