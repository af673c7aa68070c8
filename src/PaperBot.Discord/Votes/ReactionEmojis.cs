using System.Text;
using PaperBot.Discord.Models;

namespace PaperBot.Discord.Votes;

/// <summary>Which reactions PaperBot acts on. Discord names a Unicode reaction by the emoji itself, skin tone included.</summary>
internal static class ReactionEmojis
{
    public const string ThumbsUp = "👍";

    public const string Bookmark = "🔖";

    /// <summary>The reaction's meaning; custom server emojis (with an id) never count, whatever their name.</summary>
    public static ReactionKind KindOf(ReactionEmoji? emoji)
    {
        if (emoji is null || emoji.Id is not null || string.IsNullOrEmpty(emoji.Name))
        {
            return ReactionKind.None;
        }

        return Base(emoji.Name) switch
        {
            ThumbsUp => ReactionKind.Vote,
            Bookmark => ReactionKind.Save,
            _ => ReactionKind.None,
        };
    }

    // 👍🏽 is 👍 + a skin-tone modifier (U+1F3FB-U+1F3FF); some clients add the emoji presentation selector U+FE0F.
    private static string Base(string name)
    {
        var kept = new StringBuilder(name.Length);
        foreach (var rune in name.EnumerateRunes())
        {
            if (rune.Value is not (>= 0x1F3FB and <= 0x1F3FF) and not 0xFE0F)
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }
}
