using System.Globalization;
using System.Text;
using BERTTokenizers.Base;

namespace PaperBot.AI.Embeddings;

/// <summary>
/// Prepares text for the local model's tokenizer, which splits words only at plain spaces, lower-cases with the current
/// culture, drops words longer than 50 characters and, when a text exceeds 512 tokens, cuts off its closing [SEP] too.
/// So, as BERT's own preprocessing would: whitespace becomes single spaces, accents are stripped, Chinese and Japanese
/// ideographs become words of their own; and a long text is cut at the last whole word that fits the model's window.
/// </summary>
internal sealed class ModelInput(TokenizerBase tokenizer)
{
    /// <summary>The model's window: 512 tokens including [CLS] and [SEP].</summary>
    public const int MaxTokens = 512;

    // A bound on the work done for pasted text: 512 word pieces never need more characters than this.
    private const int MaxChars = 8 * MaxTokens;

    /// <summary>The text as the model should see it: normalized, and no longer than its window.</summary>
    public string Prepare(string? text) => Fit(Normalize(text));

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = (text.Length > MaxChars ? text[..MaxChars] : text).Normalize(NormalizationForm.FormD);
        var normalized = new StringBuilder(decomposed.Length);
        var space = true; // no leading space
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                if (!space)
                {
                    normalized.Append(' ');
                    space = true;
                }
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                if (IsIdeograph(c))
                {
                    normalized.Append(space ? "" : " ").Append(c).Append(' ');
                    space = true;
                }
                else
                {
                    normalized.Append(char.ToLowerInvariant(c));
                    space = false;
                }
            }
        }

        return normalized.ToString().TrimEnd();
    }

    /// <summary>The longest run of whole words whose word pieces fit the window (the text itself when it fits).</summary>
    public string Fit(string normalized)
    {
        var budget = MaxTokens - 2; // [CLS] and [SEP]
        var end = 0;
        var start = 0;
        while (start < normalized.Length)
        {
            var space = normalized.IndexOf(' ', start);
            var stop = space < 0 ? normalized.Length : space;
            // Tokenizing a single word gives [CLS] pieces... [SEP]: the word's own cost is two less.
            budget -= tokenizer.Tokenize(MaxTokens, normalized[start..stop])[0].Length - 2;
            if (budget < 0)
            {
                return normalized[..end];
            }

            end = stop;
            start = stop + 1;
        }

        return normalized;
    }

    // CJK Unified Ideographs (and extension A, compatibility): BERT tokenizes each as a word.
    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
