namespace PaperBot.Core.Chat;

/// <summary>Who wrote an answer or summary: the configured language model, or PaperBot's offline composer.</summary>
public enum AnswerMode
{
    Offline,
    Model,
}
