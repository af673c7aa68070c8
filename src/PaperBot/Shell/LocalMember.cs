namespace PaperBot.Shell;

/// <summary>The member the shell and the command line act for: one person at their own machine.</summary>
internal static class LocalMember
{
    /// <summary>The id their library, follows and exports are kept under (a Discord member's is their user id).</summary>
    public const string Id = "local";
}
