using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Routing;

/// <summary>Cited answers to offer while a user types an inline query (Telegram inline mode: "@TheBot erbil").</summary>
public interface IInlineAnswerer
{
    /// <summary>Up to <paramref name="max"/> fact answers for <paramref name="query"/>, best first, each a complete cited reply.</summary>
    /// <param name="query">What the user typed after the bot's name; may be empty (then the bot's starter questions are offered).</param>
    /// <param name="languageCode">The user's client language (a hint, used when the query has no letters).</param>
    /// <param name="max">How many answers at most (1–50).</param>
    /// <returns>Answers the bot is confident of; empty when the report does not say.</returns>
    IReadOnlyList<Reply> Answer(string query, string? languageCode, int max);
}
