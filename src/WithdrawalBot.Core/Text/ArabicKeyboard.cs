namespace WithdrawalBot.Core.Text;

/// <summary>
/// The standard Arabic keyboard (the PC layout phones copy), for typos a thumb makes on a phone: a letter typed for
/// the one beside it on the same row ("جتدي" for "جندي", ت beside ن; "داعس" for "داعش", س beside ش). Letters are
/// written in their matching form (<see cref="WordNormalizer"/>: ى and ئ as ي, ة as ه, ؤ as و, ء dropped), as the
/// words compared are.
/// </summary>
public static class ArabicKeyboard
{
    /// <summary>The letter rows, left to right as the keys lie; the bottom row (ئ ء ؤ ر لا ى ة و ز ظ) is cut at ء, which
    /// matching drops, and at لا, one key typing two letters.</summary>
    private static readonly string[] Rows = ["ضصثقفغعهخحجد", "شسيبلاتنمكط", "ور", "يهوزظ"];

    /// <summary>The letters on the keys left and right of <paramref name="letter"/>'s key; empty for a letter not on a row.</summary>
    public static IEnumerable<char> Neighbours(char letter)
    {
        foreach (var row in Rows)
        {
            for (var i = row.IndexOf(letter, StringComparison.Ordinal); i >= 0; i = row.IndexOf(letter, i + 1))
            {
                if (i > 0)
                {
                    yield return row[i - 1];
                }

                if (i + 1 < row.Length)
                {
                    yield return row[i + 1];
                }
            }
        }
    }
}
