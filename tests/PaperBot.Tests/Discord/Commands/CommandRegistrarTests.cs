using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using PaperBot.Discord;
using PaperBot.Discord.Commands;
using PaperBot.Discord.Json;
using PaperBot.Discord.Models;
using PaperBot.Discord.Rest;

namespace PaperBot.Tests.Discord.Commands;

public sealed class CommandRegistrarTests
{
    private static readonly Snowflake App = new(1_100_000_000_000_000_001);

    [Fact]
    public async Task EnsureRegistered_NothingRegistered_PutsAllOnce()
    {
        var rest = Rest([]);
        var desired = CommandCatalogTests.All().Select(c => c.Definition).ToList();

        Assert.True(await Registrar(rest.Object).EnsureRegisteredAsync(App, desired, CancellationToken.None));

        rest.Verify(r => r.BulkOverwriteCommandsAsync(App, null, It.Is<IReadOnlyList<CommandDefinition>>(l => l.Count == desired.Count), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EnsureRegistered_SameAsDiscordHasWithItsDefaults_NoPut()
    {
        var desired = CommandCatalogTests.All().Select(c => c.Definition).ToList();
        // What Discord sends back: ids, versions, explicit false flags, shuffled order.
        var existing = desired.Select((c, i) => c with
        {
            Id = new Snowflake((ulong)(1_200_000_000_000_000_000 + i)),
            Version = "1",
            Options = c.Options?.Select(o => o with { Required = o.Required ?? false, Autocomplete = o.Autocomplete ?? false }).ToList(),
        }).Reverse().ToList();
        var rest = Rest(existing);

        Assert.False(await Registrar(rest.Object).EnsureRegisteredAsync(App, desired, CancellationToken.None));

        rest.Verify(r => r.BulkOverwriteCommandsAsync(It.IsAny<Snowflake>(), It.IsAny<Snowflake?>(), It.IsAny<IReadOnlyList<CommandDefinition>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task EnsureRegistered_ADescriptionChanged_Puts()
    {
        var desired = CommandCatalogTests.All().Select(c => c.Definition).ToList();
        var existing = desired.Select(c => c.Name == "search" ? c with { Description = "old text" } : c).ToList();
        var rest = Rest(existing);

        Assert.True(await Registrar(rest.Object).EnsureRegisteredAsync(App, desired, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureRegistered_DevGuild_RegistersThereWithoutContexts()
    {
        var rest = Rest([]);
        var guild = new Snowflake(1_100_000_000_000_000_002);

        await Registrar(rest.Object, "1100000000000000002").EnsureRegisteredAsync(App, CommandCatalogTests.All().Select(c => c.Definition).ToList(), CancellationToken.None);

        rest.Verify(r => r.BulkOverwriteCommandsAsync(App, guild, It.Is<IReadOnlyList<CommandDefinition>>(l => l.All(c => c.Contexts == null)), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task EnsureRegistered_DiscordRefuses_LogsAndReturnsFalse()
    {
        var rest = new Mock<IDiscordRest>();
        rest.Setup(r => r.GetCommandsAsync(App, null, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordApiException(System.Net.HttpStatusCode.Forbidden, 50001, "Missing Access"));

        Assert.False(await Registrar(rest.Object).EnsureRegisteredAsync(App, [], CancellationToken.None));
    }

    private static Mock<IDiscordRest> Rest(IReadOnlyList<CommandDefinition> existing)
    {
        var rest = new Mock<IDiscordRest>();
        rest.Setup(r => r.GetCommandsAsync(App, It.IsAny<Snowflake?>(), It.IsAny<CancellationToken>())).ReturnsAsync(existing);
        rest.Setup(r => r.BulkOverwriteCommandsAsync(App, It.IsAny<Snowflake?>(), It.IsAny<IReadOnlyList<CommandDefinition>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((Snowflake _, Snowflake? _, IReadOnlyList<CommandDefinition> l, CancellationToken _) => l);
        return rest;
    }

    private static CommandRegistrar Registrar(IDiscordRest rest, string? guild = null) =>
        new(rest, Options.Create(new DiscordOptions { DevGuildId = guild }), NullLogger<CommandRegistrar>.Instance);
}
