using System.Globalization;
using Microsoft.Extensions.Logging.Testing;
using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

/// <summary>Times in the reminder log lines read as ISO dates whatever the host's culture, like the log's own timestamps.</summary>
public sealed class ReminderLogTests
{
    private static readonly DateTimeOffset Due = new(2026, 12, 24, 10, 0, 0, TimeSpan.FromHours(3));

    [Theory]
    [InlineData("en-US")]
    [InlineData("")]
    [InlineData("ar-IQ")]
    public void Started_AnyCulture_NextDueTimeIsIsoDated(string culture)
    {
        var logger = new FakeLogger();
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            ReminderLog.Started(logger, 3, Due);
            ReminderLog.Claimed(logger, 2, Due);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.All(logger.Collector.GetSnapshot(), record => Assert.Contains("2026-12-24 10:00:00 +03:00", record.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(null, "Reminder k delivered to telegram:-1001234")]
    [InlineData("77", "Reminder k delivered to telegram:-1001234/77")]
    public void Delivered_ChatAddress_IsNamedShortlyNotAsARecordDump(string? thread, string expected)
    {
        // Break 25: "ChatAddress { Platform = Telegram, ChatId = 7001, ThreadId =  }" in every reminder line.
        var logger = new FakeLogger();

        ReminderLog.Delivered(logger, "k", new WithdrawalBot.Core.Messages.ChatAddress(WithdrawalBot.Core.Messages.ChatPlatform.Telegram, "-1001234", thread));

        Assert.Equal(expected, logger.LatestRecord.Message);
    }
}

