namespace WithdrawalBot.Core.Routing;

/// <summary>What a button the bot made does when tapped.</summary>
public enum ButtonActionKind
{
    /// <summary>Ask a suggested (or clarifying) question: answer the fact.</summary>
    Question,

    /// <summary>"This answer was helpful."</summary>
    Helpful,

    /// <summary>"This answer was not helpful."</summary>
    NotHelpful,
}
