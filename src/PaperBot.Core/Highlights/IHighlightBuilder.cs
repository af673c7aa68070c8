namespace PaperBot.Core.Highlights;

/// <summary>Selects the papers of a day and writes their blurbs (model-written when a model is configured, extractive otherwise).</summary>
public interface IHighlightBuilder
{
    Task<HighlightPost> BuildAsync(HighlightRequest request, CancellationToken cancellationToken);
}
