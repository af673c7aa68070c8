using System.Globalization;
using PaperBot.Discord.Formatting;

namespace PaperBot.Discord.Library;

/// <summary>
/// The custom ids of the library's buttons: <c>save:42</c> (save paper 42 to the clicker's library),
/// <c>lib:MEMBER:PAGE:TAG</c> (a page of MEMBER's library, only for MEMBER) and <c>forget:MEMBER</c> (confirm
/// <c>/forget-me</c>). The member id is in the id so a button that reaches someone else (a shared screen, a forwarded
/// message) can be refused; the tag is last so it may hold any character.
/// </summary>
internal static class LibraryButtonIds
{
    public const string SavePrefix = "save";
    public const string PagePrefix = "lib";
    public const string ForgetPrefix = "forget";

    public static string Save(long paperId) => $"{SavePrefix}:{paperId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A page of the member's library; null when the tag would not fit in the 100 characters of an id.</summary>
    public static string? Page(string memberId, int page, string? tag)
    {
        var id = $"{PagePrefix}:{memberId}:{page.ToString(CultureInfo.InvariantCulture)}:{tag}";
        return id.Length <= DiscordLimits.CustomId ? id : null;
    }

    public static string Forget(string memberId) => $"{ForgetPrefix}:{memberId}";

    /// <summary>Whether the id is one of these buttons (the rest belong to <see cref="ButtonIds"/>).</summary>
    public static bool IsLibrary(string? customId) =>
        customId is not null && (customId.StartsWith(SavePrefix + ":", StringComparison.Ordinal)
            || customId.StartsWith(PagePrefix + ":", StringComparison.Ordinal)
            || customId.StartsWith(ForgetPrefix + ":", StringComparison.Ordinal));

    public static bool TryParseSave(string? customId, out long paperId)
    {
        paperId = 0;
        return customId?.Split(':') is [SavePrefix, var id] && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out paperId);
    }

    public static bool TryParsePage(string? customId, out string memberId, out int page, out string? tag)
    {
        memberId = "";
        page = 0;
        tag = null;
        if (customId?.Split(':', 4) is not [PagePrefix, var member, var at, var rest]
            || member.Length == 0
            || !int.TryParse(at, NumberStyles.None, CultureInfo.InvariantCulture, out page))
        {
            return false;
        }

        memberId = member;
        tag = rest.Length == 0 ? null : rest;
        return true;
    }

    public static bool TryParseForget(string? customId, out string memberId)
    {
        memberId = customId?.Split(':') is [ForgetPrefix, var member] && member.Length > 0 ? member : "";
        return memberId.Length > 0;
    }
}
