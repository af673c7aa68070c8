namespace PaperBot.Core.Highlights;

/// <summary>A model-written blurb for a highlighted paper. Implemented by the AI project; returns <c>null</c> without a model.</summary>
public interface IBlurbWriter
{
    /// <summary>One or two sentences on the paper, or <c>null</c> (no model, the model failed, or no such paper).</summary>
    Task<string?> WriteAsync(long paperId, CancellationToken cancellationToken);
}
