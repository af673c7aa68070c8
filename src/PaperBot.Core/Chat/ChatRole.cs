namespace PaperBot.Core.Chat;

public enum ChatRole
{
    User,
    Assistant,
}
