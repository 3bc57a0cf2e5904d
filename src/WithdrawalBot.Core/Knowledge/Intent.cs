namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Something people say that is not a question about the article (an entry of <c>knowledge/intents.json</c>):
/// greeting, help, capabilities, source, milestones, subscribe, unsubscribe, subscriptions, thanks, …
/// </summary>
/// <param name="Name">Lower-case name; when a command handler lists the same name, free text with this intent goes to it.</param>
/// <param name="Examples">Example utterances in both languages.</param>
public sealed record Intent(string Name, Utterances Examples)
{
    /// <summary>
    /// Whether the intent is courtesy ("hello", "thanks", "هلا عمي"): its words said around a question ("hi, when do
    /// troops leave Erbil?") are left out when the question is matched. <c>courtesy: true</c> in the file.
    /// </summary>
    public bool Courtesy { get; init; }

    /// <summary>
    /// Whether the examples are questions the report does not answer, near misses above all ("how many Iraqis were
    /// killed?", "how many German troops are in Iraq?"): when such an intent is the best match the bot says the report
    /// does not say, instead of answering from the nearest paragraph. <c>outOfScope: true</c> in the file.
    /// </summary>
    public bool OutOfScope { get; init; }

    /// <summary>
    /// Whether the intent stands alone (settings requests — subscribe, unsubscribe, what am I subscribed to — and
    /// "never mind"): free text is read as it only when it says nothing its examples do not ("stop the reminders",
    /// "cancel"), never when it also names something else ("was the deal cancelled?" is a question about the deal,
    /// "عندي سؤال: كم جندي…؟" a question about troops). <c>standalone: true</c> in the file.
    /// </summary>
    public bool Standalone { get; init; }

    /// <summary>
    /// Whether the intent is itself a follow-up on the last answer ("who said that?", "what else did he say?", "and after
    /// that?", "tell me more"): a message of question words that reads best as it is not bent to the earlier question,
    /// whereas one that reads best as another intent ("By whom?" as "who are you?") is. <c>followUp: true</c> in the file.
    /// </summary>
    public bool FollowUp { get; init; }
}
