using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Storage.Reminders;

namespace WithdrawalBot.Storage.Tests;

/// <summary>
/// A database that LiteDB has closed after a failure (a full disk closes its engine the same way: every later call
/// repeats the error) is opened again by the running bot, without a restart, and keeps what it held.
/// </summary>
public sealed class DatabaseRecoveryTests
{
    private static readonly ChatAddress Chat = new(ChatPlatform.Telegram, "-100123");

    [Fact]
    public async Task EngineClosedAfterAFailure_WithinOneInterval_SettingsSaveAgainAndSubscribersAreKept()
    {
        using var folder = new TempFolder();
        using var database = BotDatabase.Open(folder.Path);
        var settings = new LiteDbChatSettingsStore(database);
        var subscriptions = new LiteDbSubscriptionStore(database);
        await subscriptions.SaveAsync(new Subscription(Subscription.NewId(), Chat, ChatKind.Group, Language.Arabic, [7, 1], "u", DateTimeOffset.UnixEpoch, true), CancellationToken.None);
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        using var recovery = new DatabaseRecovery(database, time, new FakeLogger<DatabaseRecovery>());
        await recovery.StartAsync(CancellationToken.None);

        database.Database.Dispose();
        await Assert.ThrowsAnyAsync<Exception>(() => settings.SaveAsync(new ChatSettings(Chat, Language.English, null), CancellationToken.None));
        time.Advance(DatabaseRecovery.Interval);
        await ReopenedAsync(database);
        await settings.SaveAsync(new ChatSettings(Chat, Language.English, null), CancellationToken.None);

        Assert.Equal(Language.English, (await settings.GetAsync(Chat, CancellationToken.None)).Language);
        Assert.Equal(1, await subscriptions.CountActiveAsync(CancellationToken.None));
        await recovery.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void FileStillUnreadable_TriesAtEveryIntervalAndLogsOneWarningThenOneRecovery()
    {
        using var folder = new TempFolder();
        using var database = BotDatabase.Open(folder.Path);
        var logger = new FakeLogger<DatabaseRecovery>();
        var recovery = new DatabaseRecovery(database, TimeProvider.System, logger);
        var file = Path.Combine(folder.Path, BotDatabase.FileName);
        database.Database.Dispose();
        File.Move(file, file + ".away");
        File.WriteAllText(file, "not a database yet");

        recovery.Check();
        recovery.Check();
        File.Move(file + ".away", file, overwrite: true);
        recovery.Check();
        recovery.Check();

        var entries = logger.Collector.GetSnapshot();
        Assert.Equal(1, entries.Count(e => e.Level == LogLevel.Warning));
        Assert.Equal(2, entries.Count(e => e.Level == LogLevel.Debug));
        var recovered = Assert.Single(entries, e => e.Level == LogLevel.Information);
        Assert.Contains("after 3 attempt(s)", recovered.Message, StringComparison.Ordinal);
        database.Probe();
    }

    /// <summary>Waits (up to 10 s of real time, for the background tick to run) until the database answers again.</summary>
    private static async Task ReopenedAsync(BotDatabase database)
    {
        for (var waited = 0; waited < 1000; waited++)
        {
            try
            {
                database.Probe();
                return;
            }
            catch (Exception e) when (e is LiteDB.LiteException or ObjectDisposedException)
            {
                await Task.Delay(10);
            }
        }
    }

    [Fact]
    public void DatabaseThatWorks_IsNeitherReopenedNorLogged()
    {
        using var database = BotDatabase.InMemory();
        var logger = new FakeLogger<DatabaseRecovery>();
        var before = database.Database;

        new DatabaseRecovery(database, TimeProvider.System, logger).Check();

        Assert.Same(before, database.Database);
        Assert.Empty(logger.Collector.GetSnapshot());
    }
}
