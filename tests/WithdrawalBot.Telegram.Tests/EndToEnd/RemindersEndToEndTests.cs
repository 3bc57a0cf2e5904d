using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.EndToEnd;

/// <summary>Subscribing and receiving milestone reminders through the whole bot, on the fake clock.</summary>
public sealed class RemindersEndToEndTests
{
    private static readonly TimeZoneInfo Baghdad = TimeZoneInfo.FindSystemTimeZoneById("Asia/Baghdad");

    [Fact]
    public async Task ChannelPostSubscribe_ThirtyDaysBeforeEndOf2026_ExactlyOneReminderInTheChannel()
    {
        await using var bot = await EndToEndBot.StartAsync();
        var channel = ChannelChatId.ToString(CultureInfo.InvariantCulture);

        var confirmation = await bot.AskAsync(ChannelPost("/subscribe"));
        await bot.RemindersIdleAsync();
        var dueLocal = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Unspecified);
        var due = new DateTimeOffset(dueLocal, Baghdad.GetUtcOffset(dueLocal));
        await bot.AdvanceToAsync(due - TimeSpan.FromMinutes(1));
        var beforeDue = bot.Api.SentMessages.Count;
        await bot.AdvanceToAsync(due);
        var reminders = await bot.Api.WaitForSentAsync(beforeDue + 1);
        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 1, 23, 59, 0, Baghdad.GetUtcOffset(dueLocal)));

        Assert.Equal(channel, confirmation.ChatId);
        Assert.Contains("Reminders are on", confirmation.Text, StringComparison.Ordinal);
        Assert.Equal(1, beforeDue);
        var reminder = reminders[beforeDue];
        Assert.Equal(channel, reminder.ChatId);
        Assert.Equal("html", reminder.ParseMode, ignoreCase: true); // Telegram reads parse_mode case-insensitively; Telegram.Bot sends "Html".
        Assert.Contains("Reminder", reminder.Text, StringComparison.Ordinal);
        Assert.True(CitedParagraphs.In(reminder.Text).Intersect([2, 18]).Any(), reminder.Text);
        Assert.Equal(beforeDue + 1, bot.Api.SentMessages.Count);
    }

    [Fact]
    public async Task GroupSubscribe_SenderIsAMember_PoliteRefusalAndNoSubscription()
    {
        await using var bot = await EndToEndBot.StartAsync();
        bot.Api.SetChatMember(GroupChatId, 7, "member");

        var refusal = await bot.AskAsync(GroupText("/subscribe", userId: 7));

        Assert.Contains("only this group's admins", refusal.Text, StringComparison.Ordinal);
        Assert.Contains(bot.Api.Calls("getChatMember"), c => c["user_id"] == "7");
        var store = bot.Host.Services.GetRequiredService<ISubscriptionStore>();
        var chat = new ChatAddress(ChatPlatform.Telegram, GroupChatId.ToString(CultureInfo.InvariantCulture));
        Assert.Null(await store.GetAsync(chat, CancellationToken.None));
        Assert.Empty(await store.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GroupSubscribe_AdminCheckFailsWithABadGateway_SaysTryAgainNotThatTheAdminIsNone()
    {
        // Break 25: a 502 from getChatMember told a real admin "only this group's admins can …".
        await using var bot = await EndToEndBot.StartAsync();
        bot.Api.SetChatMember(GroupChatId, 7, "administrator");
        bot.Api.Fail("getChatMember", Fakes.FakeBotApiError.BadGateway, times: null);

        var reply = await bot.AskAsync(GroupText("/subscribe", userId: 7));

        Assert.Contains("could not check your admin rights", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("only this group's admins", reply.Text, StringComparison.Ordinal);
        var store = bot.Host.Services.GetRequiredService<ISubscriptionStore>();
        Assert.Empty(await store.ListActiveAsync(CancellationToken.None));
    }

    [Fact]
    public async Task GroupSubscribe_SenderIsAnAdministrator_Subscribed()
    {
        await using var bot = await EndToEndBot.StartAsync();
        bot.Api.SetChatMember(GroupChatId, 7, "administrator");

        var confirmation = await bot.AskAsync(GroupText("/subscribe", userId: 7));

        Assert.Contains("Reminders are on", confirmation.Text, StringComparison.Ordinal);
        var store = bot.Host.Services.GetRequiredService<ISubscriptionStore>();
        var chat = new ChatAddress(ChatPlatform.Telegram, GroupChatId.ToString(CultureInfo.InvariantCulture));
        Assert.True((await store.GetAsync(chat, CancellationToken.None))?.Active);
    }

    private static JsonObject ChannelPost(string text)
    {
        var channel = Chat(ChannelChatId, "channel");
        var post = Message(channel, null, text);
        post["sender_chat"] = channel.DeepClone();
        return Update("channel_post", post);
    }
}
