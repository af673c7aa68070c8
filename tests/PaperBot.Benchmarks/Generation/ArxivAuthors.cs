namespace PaperBot.Benchmarks.Generation;

/// <summary>Made-up author lists: given names (some with a middle initial) and family names drawn from short lists.</summary>
internal static class ArxivAuthors
{
    private static readonly string[] Given =
    [
        "Wei", "Yu", "Jing", "Hao", "Xin", "Yang", "Li", "Ming", "Anna", "David", "Maria", "James", "Sarah", "Daniel", "Laura",
        "Thomas", "Priya", "Arjun", "Rahul", "Aisha", "Omar", "Elena", "Ivan", "Sofia", "Lucas", "Hiroshi", "Yuki", "Min-jun",
        "Ji-woo", "Fatima", "Carlos", "Julia", "Pierre", "Lena", "Mateo", "Noah", "Emma", "Chen", "Tao", "Ravi",
    ];

    private static readonly string[] Family =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Kim", "Lee", "Park", "Smith", "Johnson",
        "Brown", "Garcia", "Müller", "Schmidt", "Rossi", "Dubois", "Martin", "Kumar", "Singh", "Sharma", "Patel", "Tanaka",
        "Sato", "Suzuki", "Ivanov", "Petrov", "Silva", "Santos", "Nguyen", "Tran", "Cohen", "Levi", "Novak", "Jensen", "Ahmed",
    ];

    /// <summary>1 to 24 authors (log-uniform, as the page dumps' counts), each (given, family).</summary>
    public static IReadOnlyList<(string Given, string Family)> Draw(ref Rng rng)
    {
        var count = (int)Math.Exp(rng.NextDouble() * Math.Log(25));
        var authors = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            var given = Given[rng.Next(Given.Length)];
            if (rng.Chance(0.15))
            {
                given = $"{given} {(char)('A' + rng.Next(26))}.";
            }

            authors.Add((given, Family[rng.Next(Family.Length)]));
        }

        return authors;
    }

    /// <summary>The snapshot's "authors" text: "A, B and C" (arXiv keeps what submitters typed; commas only also occur).</summary>
    public static string Text(IReadOnlyList<(string Given, string Family)> authors, bool withAnd)
    {
        var names = authors.Select(a => $"{a.Given} {a.Family}").ToList();
        return withAnd && names.Count > 1
            ? string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1]
            : string.Join(", ", names);
    }
}
