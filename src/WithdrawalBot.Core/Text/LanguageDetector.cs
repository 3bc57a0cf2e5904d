using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Text;

/// <summary>Tells the language of a message from its letters: Arabic script means Arabic.</summary>
public static class LanguageDetector
{
    /// <summary>The Arabic question mark, comma and semicolon.</summary>
    private static readonly System.Buffers.SearchValues<char> ArabicSigns = System.Buffers.SearchValues.Create("؟،؛");

    /// <summary>
    /// Arabic when words in Arabic script are at least as many as words in Latin script ("شنو يعني coalition؟"),
    /// English when Latin words are more. Arabic punctuation, typed on an Arabic keyboard, counts as one Arabic word more
    /// when the first word is Arabic, the question word that gives the sentence its language ("شنو breathing room؟" is
    /// Arabic; "ليش Erbil specifically?" and "what does مجالا للتنفس mean؟" English).
    /// Without letters, Arabic punctuation ("؟؟؟", "٢٠٢٥؟") means Arabic; <c>null</c> when the text has none (empty,
    /// digits, emoji only).
    /// </summary>
    public static Language? Detect(ReadOnlySpan<char> text)
    {
        var arabic = 0;
        var latin = 0;
        var arabicFirst = false;
        var previous = ' ';
        foreach (var c in text)
        {
            var script = ArabicLetters.IsArabicLetter(c) ? 'a' : c < 0x250 && char.IsLetter(c) ? 'l' : ArabicLetters.IsMark(c) || c == '\u0640' ? previous : ' ';
            if (script != previous)
            {
                arabicFirst |= script == 'a' && arabic == 0 && latin == 0;
                arabic += script == 'a' ? 1 : 0;
                latin += script == 'l' ? 1 : 0;
            }

            previous = script;
        }

        if (arabic == 0 && latin == 0)
        {
            return text.ContainsAny(ArabicSigns) ? Language.Arabic : null;
        }

        return arabic + (arabicFirst && text.ContainsAny(ArabicSigns) ? 1 : 0) >= latin ? Language.Arabic : Language.English;
    }
}
