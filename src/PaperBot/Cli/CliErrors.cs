using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PaperBot.Core.Papers;

namespace PaperBot.Cli;

/// <summary>Turns the failures a verb can meet into lines for stderr: what went wrong and what to do.</summary>
internal static partial class CliErrors
{
    public static IEnumerable<string> Describe(Exception failure) => failure switch
    {
        OptionsValidationException invalid => invalid.Failures.Select(f => $"invalid setting: {f}"),
        // Several options classes failing together arrive as one aggregate; the same key may fail in two of them.
        AggregateException aggregate when aggregate.InnerExceptions.All(e => e is OptionsValidationException) =>
            aggregate.InnerExceptions.SelectMany(Describe).Distinct(),
        StoreException store => [store.Message],
        // The JSON configuration provider's way of saying a settings file does not parse.
        InvalidDataException badFile => [$"{badFile.Message} Fix the file (config/appsettings*.json) or remove the bad value."],
        InvalidOperationException badValue when badValue.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
            [UnreadableSetting(badValue.Message)],
        _ => [$"unexpected error ({failure.GetType().Name}): {failure.Message}"],
    };

    /// <summary>
    /// Names the key and the type, never the value: a malformed value can hold a secret
    /// (an endpoint URL with credentials in it).
    /// </summary>
    private static string UnreadableSetting(string message)
    {
        var match = ConversionMessage().Match(message);
        return match.Success
            ? $"invalid setting: {match.Groups["key"].Value} cannot be read as {match.Groups["type"].Value}: fix it in config/appsettings.json or the PAPERBOT_ environment variable."
            : "invalid setting: a configuration value cannot be read; check config/appsettings.json and the PAPERBOT_ environment variables.";
    }

    [GeneratedRegex(@"at '(?<key>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionMessage();
}
