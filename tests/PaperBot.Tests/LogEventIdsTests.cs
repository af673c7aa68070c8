using System.Reflection;
using Microsoft.Extensions.Logging;

namespace PaperBot.Tests;

/// <summary>Each project logs in its own range of event ids, so an id names one message across the whole app.</summary>
public sealed class LogEventIdsTests
{
    // The ranges README lists under Logging:LogLevel.
    private static readonly (Assembly Assembly, int From, int To)[] Projects =
    [
        (typeof(PaperBot.Cli.StatsVerb).Assembly, 100, 999),
        (typeof(PaperBot.Data.StoreOptions).Assembly, 1000, 1999),
        (typeof(PaperBot.AI.AiOptions).Assembly, 2000, 2999),
        (typeof(PaperBot.Discord.DiscordOptions).Assembly, 3000, 3999),
        (typeof(PaperBot.Postgres.PostgresHostingExtensions).Assembly, 4000, 4999),
        (typeof(PaperBot.Retrieval.Search.SearchOptions).Assembly, 5000, 5999),
    ];

    [Fact]
    public void EveryLogMessage_HasAnIdOfItsProjectsRange_AndNoIdIsUsedTwice()
    {
        var all = new List<(int Id, string Where)>();
        foreach (var (assembly, from, to) in Projects)
        {
            var messages = assembly.GetTypes()
                .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                .Select(m => (Method: m, Attribute: m.GetCustomAttribute<LoggerMessageAttribute>()))
                .Where(m => m.Attribute is not null)
                .ToList();

            Assert.NotEmpty(messages);
            foreach (var (method, attribute) in messages)
            {
                var where = $"{method.DeclaringType!.FullName}.{method.Name}";
                Assert.True(attribute!.EventId >= from && attribute.EventId <= to, $"{where} has event id {attribute.EventId}, outside {from}-{to}");
                all.Add((attribute.EventId, where));
            }
        }

        var repeated = all.GroupBy(m => m.Id).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(", ", g.Select(m => m.Where))}").ToList();
        Assert.Empty(repeated);
    }
}
