namespace WithdrawalBot.Core.Conversation;

/// <summary>Options of the section <c>Conversation</c>.</summary>
public sealed class ConversationOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Conversation";

    /// <summary>How long after an answer a short follow-up ("and Erbil?", "ليش؟") is read in its context. Default 10 minutes; must be positive.</summary>
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromMinutes(10);
}
