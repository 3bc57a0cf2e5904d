using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Text;

/// <summary>Tells the language of a message from its letters: Arabic script means Arabic.</summary>
public static class LanguageDetector
{
    /// <summary>
    /// Arabic when words in Arabic script are at least as many as words in Latin script ("شنو يعني coalition؟"),
    /// English when Latin words are more; <c>null</c> when the text has neither (empty, digits, emoji only).
    /// </summary>
    public static Language? Detect(ReadOnlySpan<char> text)
    {
        var arabic = 0;
        var latin = 0;
        var previous = ' ';
        foreach (var c in text)
        {
            var script = ArabicLetters.IsArabicLetter(c) ? 'a' : c < 0x250 && char.IsLetter(c) ? 'l' : ArabicLetters.IsMark(c) || c == '\u0640' ? previous : ' ';
            if (script != previous)
            {
                arabic += script == 'a' ? 1 : 0;
                latin += script == 'l' ? 1 : 0;
            }

            previous = script;
        }

        if (arabic == 0 && latin == 0)
        {
            return null;
        }

        return arabic >= latin ? Language.Arabic : Language.English;
    }
}
