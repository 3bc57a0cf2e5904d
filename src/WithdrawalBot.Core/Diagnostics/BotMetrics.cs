using System.Diagnostics.Metrics;

namespace WithdrawalBot.Core.Diagnostics;

/// <summary>
/// The bot's instruments on the meter <c>WithdrawalBot</c> (System.Diagnostics.Metrics); the host exports
/// them in Prometheus format at <c>/metrics</c>. One singleton per process.
/// </summary>
public sealed class BotMetrics
{
    /// <summary>The meter name to subscribe to.</summary>
    public const string MeterName = "WithdrawalBot";

    private readonly Counter<long> messages;
    private readonly Histogram<double> replyDuration;
    private readonly Counter<long> reminders;
    private readonly Counter<long> platformErrors;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public BotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        messages = meter.CreateCounter<long>("withdrawalbot.messages", "{message}", "Messages the bot answered, by platform, intent and whether facts were stated.");
        replyDuration = meter.CreateHistogram<double>("withdrawalbot.reply.duration", "s", "Time from receiving a message to having its reply ready.");
        reminders = meter.CreateCounter<long>("withdrawalbot.reminders", "{reminder}", "Reminder deliveries by platform and outcome.");
        platformErrors = meter.CreateCounter<long>("withdrawalbot.platform.errors", "{error}", "Errors returned by a platform API, by platform and error code.");
    }

    /// <summary>Records one handled message.</summary>
    /// <param name="platform">e.g. "telegram".</param>
    /// <param name="intent">The reply's intent.</param>
    /// <param name="answered">Whether the reply stated facts.</param>
    /// <param name="elapsed">Time to compose the reply.</param>
    public void MessageHandled(string platform, string intent, bool answered, TimeSpan elapsed)
    {
        KeyValuePair<string, object?>[] tags = [new("platform", platform), new("intent", intent), new("answered", answered)];
        messages.Add(1, tags);
        replyDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("platform", platform));
    }

    /// <summary>Records one reminder delivery attempt.</summary>
    /// <param name="platform">e.g. "telegram".</param>
    /// <param name="outcome">e.g. "sent", "failed", "chat_unavailable", "skipped_stale".</param>
    public void ReminderDelivered(string platform, string outcome) =>
        reminders.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Records an error a platform API returned.</summary>
    /// <param name="platform">e.g. "discord".</param>
    /// <param name="code">The platform's error code (HTTP status or JSON code).</param>
    public void PlatformError(string platform, int code) =>
        platformErrors.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("code", code));
}
