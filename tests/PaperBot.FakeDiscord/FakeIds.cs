namespace PaperBot.FakeDiscord;

/// <summary>The ids of the fixtures' world (shared/fixtures/discord/ids.json): one guild, one channel, one user.</summary>
public static class FakeIds
{
    public const string Guild = "1329299088998535170";
    public const string Channel = "1329299508428935171";
    public const string User = "754679440998535172";
    public const string CommandPaper = "1530625680998535173";
    public const string AppPermissions = "2147568640";
    public const string MemberPermissions = "2147568672";
}
