using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Telegram.Rendering;

/// <summary>
/// The short answer to a sticker, photo, voice note or other message without text in a private chat, in the sender's
/// language (Telegram's <c>language_code</c>: Arabic for "ar…", English otherwise). Groups get silence instead.
/// </summary>
public static class NonTextReply
{
    /// <summary>The reply's intent name.</summary>
    public const string Intent = "non_text";

    /// <summary>Builds the reply for a sender whose client language is <paramref name="languageCode"/> (may be <c>null</c>).</summary>
    public static Reply For(string? languageCode)
    {
        var arabic = languageCode?.StartsWith("ar", StringComparison.OrdinalIgnoreCase) == true;
        var text = arabic
            ? "أقرأ الأسئلة المكتوبة فقط. اكتب سؤالك عن خطة انسحاب قوات التحالف من العراق، مثلاً: متى ينسحب التحالف من أربيل؟"
            : "I can only read text questions. Please type your question about the plan for the coalition's withdrawal from Iraq, for example: when does the coalition leave Erbil?";
        return new Reply(arabic ? Language.Arabic : Language.English, [new ReplyBlock(ReplyBlockKind.Paragraph, text)]) { Intent = Intent };
    }
}
