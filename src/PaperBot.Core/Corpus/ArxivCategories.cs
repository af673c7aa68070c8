namespace PaperBot.Core.Corpus;

/// <summary>
/// arXiv's category taxonomy as data: every code the metadata snapshot uses, the current ones
/// (arxiv.org/category_taxonomy) and the archives retired into them, which old papers still carry.
/// </summary>
public static class ArxivCategories
{
    private static readonly string[] Groups =
    [
        "cs: AI AR CC CE CG CL CR CV CY DB DC DL DM DS ET FL GL GR GT HC IR IT LG LO MA MM MS NA NE NI OH OS PF PL RO SC SD SE SI SY",
        "econ: EM GN TH",
        "eess: AS IV SP SY",
        "math: AC AG AP AT CA CO CT CV DG DS FA GM GN GR GT HO IT KT LO MG MP NA NT OA OC PR QA RA RT SG SP ST",
        "astro-ph: CO EP GA HE IM SR",
        "cond-mat: dis-nn mes-hall mtrl-sci other quant-gas soft stat-mech str-el supr-con",
        "nlin: AO CD CG PS SI",
        "physics: acc-ph ao-ph app-ph atm-clus atom-ph bio-ph chem-ph class-ph comp-ph data-an ed-ph flu-dyn gen-ph geo-ph hist-ph ins-det med-ph optics plasm-ph pop-ph soc-ph space-ph",
        "q-bio: BM CB GN MN NC OT PE QM SC TO",
        "q-fin: CP EC GN MF PM PR RM ST TR",
        "stat: AP CO ME ML OT TH",
    ];

    // Archives without subject classes, and the bare archive names old papers were filed under.
    private const string Archives =
        "astro-ph cond-mat gr-qc hep-ex hep-lat hep-ph hep-th math-ph nlin nucl-ex nucl-th q-bio quant-ph " +
        "acc-phys adap-org alg-geom ao-sci atom-ph bayes-an chao-dyn chem-ph cmp-lg comp-gas dg-ga funct-an " +
        "mtrl-th patt-sol plasm-ph q-alg solv-int supr-con";

    private static readonly HashSet<string> Known = Build();

    /// <summary>Every category code, in ordinal order.</summary>
    public static IReadOnlyList<string> All { get; } = Known.Order(StringComparer.Ordinal).ToArray();

    /// <summary>True for a category code arXiv uses (case matters: <c>cs.CL</c>, not <c>cs.cl</c>).</summary>
    public static bool IsKnown(string category) => Known.Contains(category);

    /// <summary>The known categories nearest to <paramref name="category"/> by edit distance (case ignored), nearest first.</summary>
    public static IReadOnlyList<string> Closest(string category, int count = 3) => All
        .Select(known => (known, distance: Papers.EditDistance.Between(category.ToLowerInvariant(), known.ToLowerInvariant())))
        .OrderBy(c => c.distance)
        .ThenBy(c => c.known, StringComparer.Ordinal)
        .Take(count)
        .Select(c => c.known)
        .ToArray();

    private static HashSet<string> Build()
    {
        var known = new HashSet<string>(Archives.Split(' '), StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var (archive, classes) = (group[..group.IndexOf(':')], group[(group.IndexOf(':') + 2)..]);
            known.UnionWith(classes.Split(' ').Select(c => $"{archive}.{c}"));
        }

        return known;
    }
}
