using System.Globalization;

namespace PaperBot.Discord.Models;

/// <summary>The permission bits PaperBot checks. Discord sends permission sets as decimal strings.</summary>
internal static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ManageGuild = 1UL << 5;
    public const ulong ViewChannel = 1UL << 10;
    public const ulong SendMessages = 1UL << 11;
    public const ulong EmbedLinks = 1UL << 14;

    /// <summary>Whether <paramref name="permissions"/> (a decimal string) holds every bit of <paramref name="required"/>; Administrator holds all.</summary>
    public static bool Has(string? permissions, ulong required)
    {
        if (!ulong.TryParse(permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var bits))
        {
            return false;
        }

        return (bits & Administrator) == Administrator || (bits & required) == required;
    }
}
