namespace WithdrawalBot.Core.Languages;

/// <summary>A language the bot answers in.</summary>
public enum Language
{
    /// <summary>Arabic (replies in Modern Standard Arabic; questions may be in Iraqi dialect).</summary>
    Arabic,

    /// <summary>English.</summary>
    English,
}
