using System.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// The compact button payloads the bot hands out and reads back (Telegram callback_data and Discord custom_id,
/// at most 64 UTF-8 bytes): <c>q:&lt;fact-id&gt;</c> asks a suggested question, <c>fb:+:&lt;fact-id&gt;</c> and
/// <c>fb:-:&lt;fact-id&gt;</c> rate an answer. Anything else read back is stale or forged.
/// </summary>
public static class ButtonPayloads
{
    /// <summary>Telegram's callback_data limit, in UTF-8 bytes.</summary>
    public const int MaxBytes = 64;

    private const string QuestionPrefix = "q:";
    private const string HelpfulPrefix = "fb:+:";
    private const string NotHelpfulPrefix = "fb:-:";

    /// <summary>The payload that asks fact <paramref name="factId"/>'s question.</summary>
    public static string Question(string factId) => Checked(QuestionPrefix + factId);

    /// <summary>The payload that rates the answer from fact <paramref name="factId"/>.</summary>
    public static string Feedback(string factId, bool helpful) => Checked((helpful ? HelpfulPrefix : NotHelpfulPrefix) + factId);

    /// <summary>Reads a payload back; <c>null</c> when it is not one the bot makes (the fact id is not checked here).</summary>
    public static ButtonAction? Parse(string? payload)
    {
        if (string.IsNullOrEmpty(payload) || Encoding.UTF8.GetByteCount(payload) > MaxBytes)
        {
            return null;
        }

        if (payload.StartsWith(QuestionPrefix, StringComparison.Ordinal))
        {
            return Action(ButtonActionKind.Question, payload[QuestionPrefix.Length..]);
        }

        if (payload.StartsWith(HelpfulPrefix, StringComparison.Ordinal))
        {
            return Action(ButtonActionKind.Helpful, payload[HelpfulPrefix.Length..]);
        }

        return payload.StartsWith(NotHelpfulPrefix, StringComparison.Ordinal) ? Action(ButtonActionKind.NotHelpful, payload[NotHelpfulPrefix.Length..]) : null;
    }

    private static ButtonAction? Action(ButtonActionKind kind, string factId) => factId.Length == 0 ? null : new ButtonAction(kind, factId);

    private static string Checked(string payload) =>
        Encoding.UTF8.GetByteCount(payload) <= MaxBytes ? payload : throw new ArgumentException($"button payload \"{payload}\" is over {MaxBytes} bytes.", nameof(payload));
}
