using System.Text.RegularExpressions;

namespace PaperBot.AI.Offline;

/// <summary>
/// The families of technique ML papers are known by ("Quantization", "Speculative decoding", "KV-cache compression"),
/// each with the words that name it. An overview groups papers under the family their title (else the sentence that
/// says what they do) names first; papers of no known family are grouped by meaning instead.
/// </summary>
internal static partial class ApproachNames
{
    private static readonly (string Name, Regex Words)[] Families =
    [
        ("Speculative decoding", Pattern(@"speculative|draft\s+models?|drafting")),
        ("Early exit and layer skipping", Pattern(@"early[-\s]exit|skip(?:ping)?\s+(?:decoding|layers?)|layer[-\s]skip|router-selective|adaptive\s+depth")),
        ("KV-cache compression", Pattern(@"kv[-\s]?cache|key-value\s+cache")),
        ("Quantization", Pattern(@"quantiz\w*|int[48]\b|low[-\s]bit|\d-bit|binar\w*|minifloat|fp[48]\b")),
        ("Pruning and sparsity", Pattern(@"prun\w*|sparsit\w*|sparse\s+(?:training|models?|networks?)|lottery")),
        ("Distillation", Pattern(@"distill\w*|teacher|student\s+models?")),
        ("Mixture of experts", Pattern(@"mixture[-\s]of[-\s]experts|\bmoe\b|experts?\s+(?:parallel|routing)")),
        ("Efficient attention", Pattern(@"linear\s+attention|sparse\s+attention|flash\s*attention|attention\s+(?:kernels?|sharding)|lineari[sz]\w*|state[-\s]space|mamba")),
        ("Serving and scheduling", Pattern(@"serving|scheduling|scheduler|batching|disaggregat\w*|prefill|goodput|throughput")),
        ("Pipeline and model parallelism", Pattern(@"pipelin\w*|tensor\s+parallel\w*|model\s+parallel\w*|sequence\s+parallel\w*|shard\w*")),
        ("Communication-efficient training", Pattern(@"communication|all-reduce|gradient\s+compression|low[-\s]bandwidth|decentrali[sz]\w*|local\s+sgd|diloco")),
        ("Memory offloading and checkpointing", Pattern(@"offload\w*|nvme|checkpoint\w*|rematerializ\w*|zero[-\s]redundancy|\bzero\b")),
        ("Low-rank and parameter-efficient tuning", Pattern(@"low[-\s]rank|lora|adapters?|parameter[-\s]efficient|peft|galore")),
        ("Zeroth-order and backprop-free training", Pattern(@"zeroth[-\s]order|forward[-\s]forward|without\s+backprop\w*|backpropagation[-\s]free|local\s+learning")),
        ("Optimizers", Pattern(@"optimizers?|adam\w*|\blion\b|second[-\s]order|preconditio\w*")),
        ("Curriculum and prompt selection", Pattern(@"curriculum|prompt\s+selection|difficulty")),
        ("Data selection and reweighting", Pattern(@"data\s+(?:selection|pruning|filtering|mixing|mixture|reweighting)|reweight\w*|coresets?|dedup\w*|importance\s+resampling")),
        ("Reinforcement learning systems", Pattern(@"rlhf|grpo|ppo|\brl\b|rollouts?|reinforcement\s+learning")),
        ("Model growth and reuse", Pattern(@"model\s+growth|stacking|upcycl\w*|grow\w*\s+(?:models?|networks?)|warm[-\s]start\w*|initiali[sz]\w*\s+from")),
        ("Architecture search", Pattern(@"architecture\s+search|\bnas\b|darts|supernet")),
        ("Diffusion sampling", Pattern(@"sampling\s+steps|few[-\s]step|timesteps?|jacobi|consistency\s+models?|solvers?")),
    ];

    /// <summary>The family the title names first, else the one the gist sentence names first; <c>null</c> for none.</summary>
    public static string? Of(string title, string gist)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(gist);
        return First(title) ?? First(gist);
    }

    private static string? First(string text) =>
        Families.Select(f => (f.Name, Match: f.Words.Match(text))).Where(f => f.Match.Success).OrderBy(f => f.Match.Index).Select(f => f.Name).FirstOrDefault();

    private static Regex Pattern(string words) => new($@"\b(?:{words})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
