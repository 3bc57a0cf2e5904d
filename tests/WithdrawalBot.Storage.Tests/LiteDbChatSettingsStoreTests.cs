using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Storage.Tests;

public sealed class LiteDbChatSettingsStoreTests
{
    private static readonly ChatAddress Chat = new(ChatPlatform.Telegram, "-100123");

    [Fact]
    public async Task GetAsync_NeverSaved_ReturnsNulls()
    {
        using var database = BotDatabase.InMemory();
        var settings = await new LiteDbChatSettingsStore(database).GetAsync(Chat, CancellationToken.None);
        Assert.Equal(new ChatSettings(Chat, null, null), settings);
    }

    [Fact]
    public async Task SaveAsync_ThenReopen_RemembersLanguageAndZoneForEveryThread()
    {
        using var folder = new TempFolder();
        using (var database = BotDatabase.Open(folder.Path))
        {
            await new LiteDbChatSettingsStore(database).SaveAsync(new ChatSettings(Chat with { ThreadId = "7" }, Language.English, "Europe/Berlin"), CancellationToken.None);
        }

        using var reopened = BotDatabase.Open(folder.Path);
        var settings = await new LiteDbChatSettingsStore(reopened).GetAsync(Chat with { ThreadId = "99" }, CancellationToken.None);

        Assert.Equal(Language.English, settings.Language);
        Assert.Equal("Europe/Berlin", settings.TimeZone);
        Assert.Null(settings.Chat.ThreadId);
    }

    [Fact]
    public async Task GetAsync_OtherPlatformSameId_IsSeparate()
    {
        using var database = BotDatabase.InMemory();
        var store = new LiteDbChatSettingsStore(database);
        await store.SaveAsync(new ChatSettings(Chat, Language.Arabic, null), CancellationToken.None);

        var discord = await store.GetAsync(Chat with { Platform = ChatPlatform.Discord }, CancellationToken.None);

        Assert.Null(discord.Language);
    }
}
