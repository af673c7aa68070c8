namespace PaperBot.Highlights;

/// <summary>What the scheduler does next for one subscription: post <see cref="SendDay"/> now (when set), and look again at <see cref="NextAt"/>.</summary>
internal readonly record struct PostPlan(DateOnly? SendDay, DateTimeOffset NextAt);
