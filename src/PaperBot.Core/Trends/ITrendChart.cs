namespace PaperBot.Core.Trends;

/// <summary>Draws a trend as an image (one bar per month), for Discord attachments and files the shell writes.</summary>
public interface ITrendChart
{
    /// <summary>The chart as PNG bytes, of a fixed size.</summary>
    byte[] RenderPng(TopicTrend trend);
}
