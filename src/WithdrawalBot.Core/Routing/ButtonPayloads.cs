using System.Text;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// The compact button payloads the bot hands out and reads back (Telegram callback_data and Discord custom_id,
/// at most 64 UTF-8 bytes): <c>q:&lt;fact-id&gt;:&lt;ar|en&gt;</c> asks a suggested question in the language of the
/// reply it was offered under (the label's language; <c>q:&lt;fact-id&gt;</c> without it is still read),
/// <c>fb:+:&lt;fact-id&gt;:&lt;ar|en&gt;</c> and <c>fb:-:&lt;fact-id&gt;:&lt;ar|en&gt;</c> rate an answer written in that language
/// (<c>fb:±:&lt;fact-id&gt;</c> without it, from buttons made before the language was added, is still read). Every payload
/// fits in <see cref="MaxBytes"/> for any fact id up to <see cref="Knowledge.FactCatalog.MaxIdLength"/> characters. Anything
/// else read back is stale or forged.
/// </summary>
public static class ButtonPayloads
{
    /// <summary>Telegram's callback_data limit, in UTF-8 bytes.</summary>
    public const int MaxBytes = 64;

    private const string QuestionPrefix = "q:";
    private const string HelpfulPrefix = "fb:+:";
    private const string NotHelpfulPrefix = "fb:-:";
    private const char LanguageSeparator = ':';

    /// <summary>The payload that asks fact <paramref name="factId"/>'s question, answered in <paramref name="language"/> (the label's language) when given.</summary>
    /// <exception cref="ArgumentException">When the payload would be over <see cref="MaxBytes"/> bytes.</exception>
    public static string Question(string factId, Language? language = null) =>
        Checked(QuestionPrefix + factId + LanguageSuffix(language));

    /// <summary>The payload that rates the answer from fact <paramref name="factId"/>, written in <paramref name="language"/> when given (so a late tap is thanked in the answer's language).</summary>
    /// <exception cref="ArgumentException">When the payload would be over <see cref="MaxBytes"/> bytes.</exception>
    public static string Feedback(string factId, bool helpful, Language? language = null) =>
        Checked((helpful ? HelpfulPrefix : NotHelpfulPrefix) + factId + LanguageSuffix(language));

    /// <summary>Reads a payload back; <c>null</c> when it is not one the bot makes (the fact id is not checked here).</summary>
    public static ButtonAction? Parse(string? payload)
    {
        if (string.IsNullOrEmpty(payload) || Encoding.UTF8.GetByteCount(payload) > MaxBytes)
        {
            return null;
        }

        if (payload.StartsWith(QuestionPrefix, StringComparison.Ordinal))
        {
            return WithLanguage(ButtonActionKind.Question, payload[QuestionPrefix.Length..]);
        }

        if (payload.StartsWith(HelpfulPrefix, StringComparison.Ordinal))
        {
            return WithLanguage(ButtonActionKind.Helpful, payload[HelpfulPrefix.Length..]);
        }

        return payload.StartsWith(NotHelpfulPrefix, StringComparison.Ordinal) ? WithLanguage(ButtonActionKind.NotHelpful, payload[NotHelpfulPrefix.Length..]) : null;
    }

    /// <summary>Reads "&lt;fact-id&gt;" or "&lt;fact-id&gt;:&lt;ar|en&gt;" (fact ids never contain ':').</summary>
    private static ButtonAction? WithLanguage(ButtonActionKind kind, string rest)
    {
        var separator = rest.LastIndexOf(LanguageSeparator);
        var language = separator < 0 ? null : LanguageCodes.TryParse(rest[(separator + 1)..]);
        return language is null
            ? Action(kind, rest)
            : Action(kind, rest[..separator]) is { } action ? action with { Language = language } : null;
    }

    private static string LanguageSuffix(Language? language) => language is { } chosen ? LanguageSeparator + chosen.ToCode() : "";

    private static ButtonAction? Action(ButtonActionKind kind, string factId) => factId.Length == 0 ? null : new ButtonAction(kind, factId);

    private static string Checked(string payload) =>
        Encoding.UTF8.GetByteCount(payload) <= MaxBytes ? payload : throw new ArgumentException($"button payload \"{payload}\" is over {MaxBytes} bytes.", nameof(payload));
}
