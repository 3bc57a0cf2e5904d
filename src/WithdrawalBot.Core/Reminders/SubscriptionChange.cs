namespace WithdrawalBot.Core.Reminders;

/// <summary>What a <c>/subscribe</c> did to the chat's subscription, for the confirmation's heading.</summary>
public enum SubscriptionChange
{
    /// <summary>Reminders were off (or never on) and are on now.</summary>
    TurnedOn,

    /// <summary>Reminders were on and now come at other lead times.</summary>
    LeadTimesChanged,

    /// <summary>Reminders were already on at these lead times.</summary>
    Unchanged,
}
