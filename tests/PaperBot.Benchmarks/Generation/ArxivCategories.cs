namespace PaperBot.Benchmarks.Generation;

/// <summary>
/// arXiv categories of machine learning papers and their neighbours, weighted roughly as they occur (cs.LG, cs.CV and
/// cs.CL most, then AI and stat.ML, a long tail of systems, signal processing and mathematics); 1-4 per paper, the
/// primary first, as the snapshot writes them.
/// </summary>
internal static class ArxivCategories
{
    public static readonly (string Name, double Weight)[] Weighted =
    [
        ("cs.LG", 18), ("cs.CV", 14), ("cs.CL", 12), ("cs.AI", 10), ("stat.ML", 7), ("cs.RO", 4), ("cs.CR", 3), ("cs.IR", 3),
        ("eess.IV", 3), ("cs.NE", 2), ("cs.DC", 2), ("cs.SE", 2), ("cs.HC", 2), ("math.OC", 2), ("eess.SP", 2), ("eess.AS", 1.5),
        ("cs.SD", 1.5), ("eess.SY", 1.5), ("cs.SY", 1.5), ("stat.ME", 1.5), ("math.ST", 1), ("stat.TH", 1), ("cs.IT", 1),
        ("math.IT", 1), ("cs.MA", 1), ("cs.GT", 1), ("cs.DS", 1), ("cs.DB", 1), ("cs.NI", 1), ("cs.CY", 1), ("cs.MM", 0.5),
        ("cs.PL", 0.5), ("cs.LO", 0.5), ("math.NA", 0.5), ("cs.NA", 0.5), ("stat.AP", 0.5), ("stat.CO", 0.5), ("math.PR", 0.5),
    ];

    /// <summary>How many categories a paper has: 1 to 4, mostly one or two.</summary>
    private static readonly double[] CountShares = [0.40, 0.33, 0.19, 0.08];

    private static readonly AliasTable Table = new(Weighted.Select(c => c.Weight).ToArray());

    public static string Draw(ref Rng rng)
    {
        var count = 1;
        for (var roll = rng.NextDouble(); count < CountShares.Length && roll >= CountShares[count - 1]; count++)
        {
            roll -= CountShares[count - 1];
        }

        var chosen = new List<string>(count);
        while (chosen.Count < count)
        {
            var name = Weighted[Table.Sample(ref rng)].Name;
            if (!chosen.Contains(name))
            {
                chosen.Add(name);
            }
        }

        return string.Join(' ', chosen);
    }
}
