namespace PaperBot.AI.Models;

/// <summary>The result of model work: a value, or the short reason it failed (shown to the reader in the notice).</summary>
internal readonly record struct ModelOutcome<T>(T? Value, string? FailureReason)
{
    public bool Succeeded => FailureReason is null;

    public static ModelOutcome<T> Success(T value) => new(value, null);

    public static ModelOutcome<T> Failure(string reason) => new(default, reason);
}
