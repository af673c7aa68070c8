using System.Text.Json;
using Npgsql;
using PaperBot.FakeDiscord;
using PaperBot.IntegrationTests.Cli;
using PaperBot.IntegrationTests.Discord.Bot;
using PaperBot.IntegrationTests.Storage;
using PaperBot.Testing;

namespace PaperBot.IntegrationTests.Highlights;

/// <summary>
/// Past one process: two real PaperBot processes, one shard of two each, on one PostgreSQL and one fake Discord. Every
/// interaction is answered once, by the process holding its guild's shard, and every (subscription, day) is posted once,
/// also when the process sending a post is SIGKILLed after Discord has the message and started again.
/// </summary>
public sealed class TwoProcessesOnePostgresTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private static readonly string[] ShardsOfTwo = ["[0,2]", "[1,2]"];

    private static readonly string[] Channels = ["1100000000000000201", "1100000000000000202", "1100000000000000203", "1100000000000000204", "1100000000000000205", "1100000000000000206"];

    [Fact]
    public async Task TwoProcesses_OneKilledMidPostAndRestarted_EachInteractionAnsweredAndEachPostSentOnce()
    {
        await using var database = await PostgresBackend.CreateAsync();
        // The restarted process cannot know when the killed one identified, so it may identify again within 5 s.
        await using var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { Shards = 2, EnforceIdentifyRate = false, InteractionDeadline = Patience });
        // Discord creates the first channel's post but holds its answer: whichever process sends it is mid-post until killed.
        var held = Channels[0];
        discord.HoldAnswers(held);
        await SubscribeAsDueNowAsync(database);
        using var first = new Node(discord, database, shard: 0);
        using var second = new Node(discord, database, shard: 1);
        Node[] nodes = [first, second];

        first.Start();
        second.Start();
        await WaitUntilLiveAsync(discord, nodes);
        await AssertStatsShowBothShardsReadyAsync(database);
        var interactions = new List<FakeInteraction>();
        interactions.AddRange(await SendSearchesAsync(discord));
        await discord.SendMessageCreateAsync("what is pipeline parallelism?", channelId: discord.DmChannelOf(FakeIds.User), guildId: null);
        // Discord does not deliver an interaction again: one a process dies holding is lost, so the kill waits for these.
        await WaitForAnswersAsync(discord, interactions, nodes);
        await FakeDiscordServer.WaitForAsync(() => discord.ChannelMessages.Any(m => m.ChannelId == discord.DmChannelOf(FakeIds.User)), Patience, "the answer to the DM");

        // The process sending the held post is killed; its claim stays until the lease lapses.
        var inFlight = await FakeDiscordServer.WaitForAsync(() => PostInFlight(discord, database, nodes, held), Patience, "the held post in flight");
        var victim = inFlight.Node;
        victim.Kill();
        Assert.Equal("sending", await StateOfAsync(database, inFlight.Nonce));
        discord.ReleaseAnswers(held);

        // The other shard answers on while its neighbour is down.
        var survivor = nodes.Single(n => n != victim);
        interactions.AddRange(await SendSearchesAsync(discord, shards: [survivor.Shard]));

        var identified = discord.IdentifyCount;
        victim.Start();
        await FakeDiscordServer.WaitForAsync(() => discord.IdentifyCount > identified, Patience, "the restarted process's identify");
        await WaitUntilLiveAsync(discord, nodes);
        interactions.AddRange(await SendSearchesAsync(discord));

        await WaitForAnswersAsync(discord, interactions, nodes);
        await FakeDiscordServer.WaitForAsync(() => Channels.All(c => discord.ChannelMessages.Any(m => m.ChannelId == c)), Patience, "a post in every channel");
        // Once every post is recorded as sent, none is in flight: a duplicate would already be in the fake. Stopping both
        // then makes sure no later pass adds one before the counts are read.
        await Eventually.UntilAsync(async () => await SentPostsAsync(database) == Channels.Length, "every post recorded as sent");
        first.Kill();
        second.Kill();

        foreach (var channel in Channels)
        {
            var post = Assert.Single(discord.ChannelMessages, m => m.ChannelId == channel);
            Assert.StartsWith("hl-", post.Nonce, StringComparison.Ordinal);
            Assert.Contains("highlights for", post.Content, StringComparison.Ordinal);
        }

        // The interrupted post was sent again, with its nonce, by one of the two: Discord kept the first message.
        var sends = discord.Requests.Count(r => r.Method == "POST" && Channels.Any(c => r.Path == $"channels/{c}/messages"));
        Assert.True(sends > Channels.Length, $"expected the interrupted post to be sent again, saw {sends} sends");
        Assert.All(interactions, i => Assert.Single(discord.Callbacks, c => c.InteractionId == i.Id));
        var deliveries = discord.Deliveries.Where(d => d.Type == "INTERACTION_CREATE").ToList();
        Assert.All(deliveries, d => Assert.Equal(FakeShard.Of(d.GuildId, 2), d.Shard));
        Assert.Equal([0, 1], deliveries.Select(d => d.Shard).Distinct().Order());
        Assert.Single(discord.ChannelMessages, m => m.ChannelId == discord.DmChannelOf(FakeIds.User));
        Assert.All(discord.IdentifyPayloads, p => Assert.Contains(p["shard"]!.ToJsonString(), ShardsOfTwo));
        Assert.Empty(discord.Violations);
    }

    /// <summary>Loads the bundled corpus into the database and subscribes the channels through the shell, due now.</summary>
    private static async Task SubscribeAsDueNowAsync(PostgresBackend database)
    {
        var now = DateTimeOffset.UtcNow;
        using var shell = new PaperBotProcess();
        shell.Environment["PAPERBOT_Storage__Provider"] = "Postgres";
        shell.Environment["PAPERBOT_Storage__ConnectionString"] = database.ConnectionString;
        var result = await shell.RunAsync(DueNow.SubscribeCommands(Channels, now), "chat");
        Assert.True(result.ExitCode == 0, result.ToString());

        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("UPDATE subscriptions SET created_at = $1, saved_at = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = DueNow.Yesterday(now) });
        Assert.Equal(Channels.Length, await command.ExecuteNonQueryAsync());
    }

    /// <summary>
    /// <c>stats</c> from a third process, as an operator on any machine would run it: each bot posts its shards' states to
    /// the database, so both processes' shards show there.
    /// </summary>
    private static async Task AssertStatsShowBothShardsReadyAsync(PostgresBackend database)
    {
        using var operatorShell = new PaperBotProcess();
        operatorShell.Environment["PAPERBOT_Storage__Provider"] = "Postgres";
        operatorShell.Environment["PAPERBOT_Storage__ConnectionString"] = database.ConnectionString;
        string[] ready = [];
        await Eventually.UntilAsync(async () =>
        {
            var stats = await operatorShell.RunAsync(null, "stats", "--json");
            Assert.True(stats.ExitCode == 0, stats.ToString());
            using var json = JsonDocument.Parse(stats.Output);
            ready = [.. json.RootElement.GetProperty("discordShards").EnumerateArray()
                .SelectMany(report => report.GetProperty("shards").EnumerateArray())
                .Where(shard => shard.GetProperty("state").GetString() == "Ready")
                .Select(shard => $"{shard.GetProperty("id").GetInt32()} of {shard.GetProperty("count").GetInt32()}")];
            return ready.Length == 2;
        }, "stats showing both processes' shards ready");

        Assert.Equal(["0 of 2", "1 of 2"], ready);
    }

    /// <summary>A slash-command search in a guild on each of <paramref name="shards"/> (both by default).</summary>
    private static async Task<List<FakeInteraction>> SendSearchesAsync(FakeDiscordServer discord, int[]? shards = null)
    {
        var sent = new List<FakeInteraction>();
        foreach (var shard in shards ?? [0, 1])
        {
            var data = BotEndToEndTests.Command("search", ("query", "pipeline parallelism"));
            sent.Add(await discord.SendInteractionAsync(2, data, guildId: FakeShard.GuildOn(shard, 2)));
        }

        return sent;
    }

    private static async Task WaitForAnswersAsync(FakeDiscordServer discord, List<FakeInteraction> interactions, Node[] nodes)
    {
        try
        {
            await FakeDiscordServer.WaitForAsync(() => interactions.All(i => discord.Callbacks.Any(c => c.InteractionId == i.Id)), Patience, "an answer to every interaction");
        }
        catch (TimeoutException e)
        {
            var unanswered = interactions.Where(i => !discord.Callbacks.Any(c => c.InteractionId == i.Id)).Select(i => i.Sequence);
            var logs = string.Join("\n", nodes.Select(n => $"--- shard {n.Shard}:\n{n.Error}"));
            throw new TimeoutException($"{e.Message}: unanswered sequences {string.Join(", ", unanswered)}\n{logs}", e);
        }
    }

    private static async Task WaitUntilLiveAsync(FakeDiscordServer discord, Node[] nodes)
    {
        await FakeDiscordServer.WaitForAsync(() => discord.IsSessionLive || nodes.Any(n => n.HasExited), Patience, "both shards live");
        foreach (var node in nodes)
        {
            Assert.False(node.HasExited, node.Error);
        }
    }

    /// <summary>
    /// The post in <paramref name="channel"/> once Discord has created its message (its answer held) and a live process
    /// claims its row: that process and the post's nonce. Null until then.
    /// </summary>
    private static InFlightPost? PostInFlight(FakeDiscordServer discord, PostgresBackend database, Node[] nodes, string channel)
    {
        var atDiscord = discord.ChannelMessages.Where(m => m.ChannelId == channel).Select(m => m.Nonce).OfType<string>().ToHashSet(StringComparer.Ordinal);
        using var connection = new NpgsqlConnection(database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT nonce, claimed_by FROM highlight_posts WHERE state = 'sending' AND claimed_by IS NOT NULL", connection);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var nonce = reader.GetString(0);
            // claimed_by is "machine/process id/instance".
            var owner = reader.GetString(1).Split('/')[1];
            if (atDiscord.Contains(nonce) && nodes.FirstOrDefault(n => !n.HasExited && n.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) == owner) is { } node)
            {
                return new InFlightPost(node, nonce);
            }
        }

        return null;
    }

    private static Task<string> StateOfAsync(PostgresBackend database, string nonce) =>
        ScalarAsync<string>(database, "SELECT state FROM highlight_posts WHERE nonce = $1", nonce);

    private static Task<long> SentPostsAsync(PostgresBackend database) =>
        ScalarAsync<long>(database, "SELECT count(*) FROM highlight_posts WHERE state = 'sent'");

    private static async Task<T> ScalarAsync<T>(PostgresBackend database, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed record InFlightPost(Node Node, string Nonce);

    /// <summary>One PaperBot process of the pair: its own home, the shared database, and one shard of two.</summary>
    private sealed class Node : IDisposable
    {
        private readonly PaperBotProcess _paperBot = new();
        private RunningPaperBot? _running;

        public Node(FakeDiscordServer discord, PostgresBackend database, int shard)
        {
            Shard = shard;
            _paperBot.Environment["PAPERBOT_Discord__Token"] = discord.Token;
            _paperBot.Environment["PAPERBOT_Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
            _paperBot.Environment["PAPERBOT_Discord__ReconnectDelayMilliseconds"] = "50";
            _paperBot.Environment["PAPERBOT_Discord__ShardCount"] = "2";
            _paperBot.Environment["PAPERBOT_Discord__ShardIds"] = shard.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _paperBot.Environment["PAPERBOT_Storage__Provider"] = "Postgres";
            _paperBot.Environment["PAPERBOT_Storage__ConnectionString"] = database.ConnectionString;
            // A killed process's claim on its interrupted post lapses after this lease; either process takes it over then.
            _paperBot.Environment["PAPERBOT_Storage__PostClaimSeconds"] = "5";
            _paperBot.Environment["PAPERBOT_Logging__LogLevel__PaperBot"] = "Information";
        }

        public int Shard { get; }

        public bool HasExited => _running?.HasExited ?? true;

        public int ProcessId => _running?.Id ?? -1;

        public string Error => _running?.Error ?? "";

        public void Start()
        {
            _running?.Dispose();
            _running = _paperBot.Start("run");
        }

        public void Kill() => _running?.Kill();

        public void Dispose()
        {
            _running?.Dispose();
            _paperBot.Dispose();
        }
    }
}
