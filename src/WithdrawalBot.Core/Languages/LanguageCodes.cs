namespace WithdrawalBot.Core.Languages;

/// <summary>Conversions between <see cref="Language"/> and the two-letter codes used in commands, JSON and storage.</summary>
public static class LanguageCodes
{
    /// <summary>"ar" or "en".</summary>
    public static string ToCode(this Language language) => language == Language.Arabic ? "ar" : "en";

    /// <summary>Parses "ar"/"en" (also "arabic", "english", "عربي", "انكليزي", case-insensitive, trimmed).</summary>
    /// <returns><c>null</c> when the text names no supported language.</returns>
    public static Language? TryParse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "ar" or "arabic" or "عربي" or "العربية" or "عربية" => Language.Arabic,
        "en" or "english" or "انكليزي" or "انجليزي" or "الانجليزية" or "الإنجليزية" => Language.English,
        _ => null,
    };
}
