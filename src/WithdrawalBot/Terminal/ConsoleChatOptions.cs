namespace WithdrawalBot.Terminal;

/// <summary>Settings of the console chat and <c>ask</c>. Section <c>Console</c>.</summary>
public sealed class ConsoleChatOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Console";

    /// <summary>
    /// "ar" or "en" (also "arabic", "english", "عربي" …): the banner's language and the sender's language hint for
    /// text whose language cannot be told (emoji, digits). Empty: bilingual banner, no hint.
    /// </summary>
    public string? Language { get; set; }
}
