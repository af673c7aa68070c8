namespace PaperBot.Core.Status;

/// <summary>The keys an <see cref="IStatusBoard"/> takes: they name files too, so letters, digits, '-' and '_' only.</summary>
public static class StatusKeys
{
    public static string Check(string key)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
            ? key
            : throw new ArgumentException($"A status key holds letters, digits, '-' and '_' only: \"{key}\".", nameof(key));
    }
}
