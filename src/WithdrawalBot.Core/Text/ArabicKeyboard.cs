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

    private static readonly Dictionary<char, string> NeighbourTable = BuildNeighbours();

    /// <summary>The letters on the keys left and right of <paramref name="letter"/>'s key (of each row it is on); empty for a letter on no row.</summary>
    public static string Neighbours(char letter) => NeighbourTable.GetValueOrDefault(letter, "");

    private static Dictionary<char, string> BuildNeighbours()
    {
        var table = new Dictionary<char, string>();
        foreach (var row in Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                var beside = (i > 0 ? row[i - 1].ToString() : "") + (i + 1 < row.Length ? row[i + 1].ToString() : "");
                table[row[i]] = table.GetValueOrDefault(row[i], "") + beside;
            }
        }

        return table;
    }
}
