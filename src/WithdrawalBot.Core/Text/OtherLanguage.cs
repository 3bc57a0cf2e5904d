using System.Buffers;
using System.Collections.Frozen;

namespace WithdrawalBot.Core.Text;

/// <summary>
/// Tells a message written in a language the bot does not read, though in Arabic or Latin letters: Kurdish or Persian
/// ("کەی هێزەکانی ئەمریکا لە عێراق دەکشێنەوە؟", "چند سرباز آمریکایی در عراق هست؟"), French, German, Spanish or Turkish
/// ("Quand les troupes américaines quittent-elles l'Irak ?", "ABD askerleri Irak'tan ne zaman çekilecek?") and Arabizi
/// ("shno sar b 3en al asad"). Read on the text as cleaned for matching (<see cref="TextCleaner.ForMatching"/>), before
/// the Persian letters are folded into Arabic ones.
/// </summary>
public static class OtherLanguage
{
    /// <summary>Letters of Kurdish and Persian that Arabic does not write (Iraqi چ and گ are Arabic here).</summary>
    private static readonly SearchValues<char> KurdishOrPersianLetters = SearchValues.Create("\u06D5\u06CE\u06C6\u06B5\u0695\u06CA\u067E\u0698\u06CB");

    /// <summary>
    /// Persian yeh ی and keheh ک: the Persian and Kurdish forms of ي and ك, which Arabic typed on a Persian or Kurdish
    /// keyboard writes too ("امریکی کی یطلعون من اربیل"). A word with them counts only beside other signs of those languages.
    /// </summary>
    private static readonly SearchValues<char> KeyboardLetters = SearchValues.Create("\u06CC\u06A9");

    /// <summary>How many words must read as Kurdish or Persian by other signs before words with only <see cref="KeyboardLetters"/> count too.</summary>
    private const int MinSignsForKeyboardLetters = 2;

    /// <summary>The unmarked Latin letters.</summary>
    private static readonly SearchValues<char> LatinLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Latin letters with marks English does not use (é, ç, ü, ş, ğ, ı, ñ …).</summary>
    private static readonly SearchValues<char> MarkedLatinLetters = SearchValues.Create(
        [.. Enumerable.Range(0xC0, 0x250 - 0xC0).Select(c => (char)c).Where(c => char.IsLetter(c) && c is not '\u00D7' and not '\u00F7')]);

    /// <summary>Common words of Persian and Kurdish (in Arabic letters) and of French, German, Spanish and Turkish that are not English or Arabic words.</summary>
    private static readonly FrozenSet<string> FunctionWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "هست", "است", "نیست", "هستند", "چرا", "چطور", "کجا", "چند", "آیا", "میشود", "میشوند", "می‌شود", "می‌شوند", "شوند", "خواهند", "خواهد", "را", "در", "از", "می", "لە", "بۆ", "چەند", "کەی",
        "les", "des", "est", "sont", "de", "du", "le", "se", "quand", "combien", "pourquoi", "une", "dans", "avec", "pour", "elles", "ils",
        "wie", "viele", "sind", "im", "der", "die", "das", "und", "ist", "wann", "warum", "nicht",
        "cuando", "cuántos", "cuantos", "los", "las", "por", "qué", "que", "cuándo", "están", "hay",
        "ne", "zaman", "kaç", "var", "mı", "mi", "nasıl", "neden", "ve", "bir", "abd", "irak");

    /// <summary>Common words of Iraqi Arabizi (Latin letters, no digit) that are not English words.</summary>
    private static readonly FrozenSet<string> ArabiziWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "shno", "shnu", "shlon", "shloon", "shkad", "shgad", "leish", "lesh", "laish", "shwakt", "shwakit", "emta", "imta",
        "minu", "mno", "aku", "akw", "hessa", "hassa", "sar", "bil", "el", "wlak", "walak", "shino", "shnoo", "shgd", "shloun",
        "yemta", "yimta", "shaku", "maku", "inta", "enta", "hatha", "hadha", "ba3ad", "mal");

    /// <summary>
    /// Whether at least half the words read as another language: Arabic-script words with Kurdish or Persian letters or
    /// function words, Latin words with letters English does not mark, Arabizi's digits for letters ("3en", "7ab"), or
    /// common words of those languages; two words at least. English seldom has half its words so: "what about the café in
    /// Erbil?" is English. Words whose only sign is ی or ک (<see cref="KeyboardLetters"/>) count when at least
    /// <see cref="MinSignsForKeyboardLetters"/> words show another sign: "چند سرباز آمریکایی در عراق هست؟" is Persian,
    /// "عین الاسد وین تصیر" is Arabic typed on a Kurdish keyboard.
    /// </summary>
    /// <param name="text">The text as cleaned for matching.</param>
    /// <param name="isKnownWord">
    /// Whether an Arabizi word, lower-cased, is one the bot reads (a word of the lexicon: "shkad", "mu7adathat", "el"): it
    /// then does not count as another language. <c>null</c>: every Arabizi word counts. Other languages' words always count.
    /// </param>
    public static bool Reads(ReadOnlySpan<char> text, Func<string, bool>? isKnownWord = null)
    {
        var (words, other, keyboardOnly) = (0, 0, 0);
        foreach (var range in text.SplitAny(" \t\n?!.,;:\"'()؟،؛-"))
        {
            var word = text[range];
            if (word.IsEmpty || !word.ContainsAnyExceptInRange('0', '9'))
            {
                // Figures alone ("2025") are in every language.
                continue;
            }

            words++;
            if (word.ContainsAny(KurdishOrPersianLetters) || word.ContainsAny(MarkedLatinLetters)
                || FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                || ((IsArabizi(word) || ArabiziWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) && !IsKnownLatin(word, isKnownWord)))
            {
                other++;
            }
            else if (word.ContainsAny(KeyboardLetters))
            {
                keyboardOnly++;
            }
        }

        var others = other >= MinSignsForKeyboardLetters ? other + keyboardOnly : other;
        return words >= 2 && others * 2 >= words;
    }

    private static bool IsKnownLatin(ReadOnlySpan<char> word, Func<string, bool>? isKnownWord) =>
        isKnownWord is not null && !word.ContainsAnyExcept(LatinDigitsAndLetters) && isKnownWord(word.ToString().ToLowerInvariant());

    /// <summary>Unmarked Latin letters and ASCII digits: the letters Arabizi is typed in.</summary>
    private static readonly SearchValues<char> LatinDigitsAndLetters = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Endings after a figure that English writes: "2nd", "3rd", "4th", "3k", "1990s", "9am".</summary>
    private static readonly FrozenSet<string> FigureEndings = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "st", "nd", "rd", "th", "k", "m", "s", "bn", "am", "pm");

    /// <summary>
    /// A Latin word with a digit for a letter, as Arabizi writes ع, ح, ق ("3en", "7ab", "sh3b"): letters after the digit that
    /// are no English figure ending, or letters on both sides of it. Not "2nd", "3k", "p17", "covid19".
    /// </summary>
    internal static bool IsArabizi(ReadOnlySpan<char> word)
    {
        var digit = word.IndexOfAnyInRange('0', '9');
        if (digit < 0)
        {
            return false;
        }

        var after = word[(digit + 1)..].TrimStart("0123456789");
        var lettersAfter = !after.IsEmpty && !after.ContainsAnyExcept(LatinLetters);
        return lettersAfter && (digit > 0 || !FigureEndings.GetAlternateLookup<ReadOnlySpan<char>>().Contains(after));
    }

}
