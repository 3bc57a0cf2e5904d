using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Text;

/// <summary>Tells the language of a message from its letters: Arabic script means Arabic.</summary>
public static class LanguageDetector
{
    /// <summary>
    /// Arabic when Arabic-script letters are at least as many as Latin letters, English when Latin letters
    /// are more; <c>null</c> when the text has neither (empty, digits, emoji only).
    /// </summary>
    public static Language? Detect(ReadOnlySpan<char> text)
    {
        var arabic = 0;
        var latin = 0;
        foreach (var c in text)
        {
            if (ArabicLetters.IsArabicLetter(c))
            {
                arabic++;
            }
            else if (c < 0x250 && char.IsLetter(c))
            {
                latin++;
            }
        }

        if (arabic == 0 && latin == 0)
        {
            return null;
        }

        return arabic >= latin ? Language.Arabic : Language.English;
    }
}
