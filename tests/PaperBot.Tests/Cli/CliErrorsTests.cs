using Microsoft.Extensions.Options;
using PaperBot.Cli;
using PaperBot.Core.Papers;

namespace PaperBot.Tests.Cli;

public sealed class CliErrorsTests
{
    [Fact]
    public void Describe_TwoOptionsClassesFailing_OneLineEachAndNoDuplicates()
    {
        var aggregate = new AggregateException(
            new OptionsValidationException("Ai", typeof(object), ["Ai:MemoryTurns must be between 0 and 200."]),
            new OptionsValidationException("Memory", typeof(object), ["Ai:MemoryTurns must be between 0 and 200."]),
            new OptionsValidationException("Storage", typeof(object), ["Storage:BusyTimeoutSeconds must be between 0 and 600 seconds."]));

        var lines = CliErrors.Describe(aggregate).ToList();

        Assert.Equal(
            ["invalid setting: Ai:MemoryTurns must be between 0 and 200.", "invalid setting: Storage:BusyTimeoutSeconds must be between 0 and 600 seconds."],
            lines);
    }

    [Fact]
    public void Describe_UnreadableValue_NamesKeyAndTypeButNeverTheValue()
    {
        var failure = new InvalidOperationException(
            "Failed to convert configuration value 'https://me:sk-SECRET123@host:99999/v1' at 'Ai:Endpoint' to type 'System.Uri'.");

        var line = Assert.Single(CliErrors.Describe(failure));

        Assert.StartsWith("invalid setting: Ai:Endpoint cannot be read as System.Uri", line);
        Assert.DoesNotContain("SECRET", line);
    }

    [Fact]
    public void Describe_UnexpectedException_IsOneLine()
    {
        var line = Assert.Single(CliErrors.Describe(new ArgumentException("vectors differ in length")));

        Assert.Equal("unexpected error (ArgumentException): vectors differ in length", line);
    }

    [Fact]
    public void Describe_StoreException_IsItsMessage()
    {
        Assert.Equal(["the database x.db is locked"], CliErrors.Describe(new StoreException("the database x.db is locked")));
    }
}
