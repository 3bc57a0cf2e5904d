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
    public async Task PrivateSubscribe_AtTheVeryInstantOfAReminder_TheConfirmationNamesTheReminderThatThenComes()
    {
        // Break 35 #8: the confirmation said "No reminder is planned … was due today", and a second later the reminder came.
        await using var bot = await EndToEndBot.StartAsync();
        var dueLocal = new DateTime(2026, 12, 30, 10, 0, 0, DateTimeKind.Unspecified);
        var due = new DateTimeOffset(dueLocal, Baghdad.GetUtcOffset(dueLocal));
        await bot.AdvanceToAsync(due);

        var sent = await bot.ExchangeAsync(PrivateText("/subscribe 1d"));
        await bot.AdvanceToAsync(due + TimeSpan.FromSeconds(1));

        var confirmation = Assert.Single(sent, m => m.Text.Contains("Reminders are on", StringComparison.Ordinal));
        Assert.Contains("Next reminder: 30 December 2026 at 10:00 (Asia/Baghdad) (today)", confirmation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("No reminder is planned", confirmation.Text, StringComparison.Ordinal);
        var reminder = Assert.Single(bot.Api.SentMessages, m => m.Text.Contains("Reminder:", StringComparison.Ordinal));
        Assert.Equal(PrivateUserId.ToString(CultureInfo.InvariantCulture), reminder.ChatId);
        Assert.Contains("in about 1 day", reminder.Text, StringComparison.Ordinal);
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

    [Fact]
    public async Task ForumTopicDeleted_ThreadNotFoundEndsThatTopicsSubscriptionAfterOneTry_TheChannelStillGetsItsReminder()
    {
        // Break 26: Telegram sends no update when a topic is deleted; its 400 was retried 5 times per reminder, for ever.
        await using var bot = await EndToEndBot.StartAsync();
        bot.Api.SetChatMember(GroupChatId, 7, "administrator");
        await bot.AskAsync(TopicText("/subscribe", topic: 77));
        await bot.AskAsync(ChannelPost("/subscribe"));
        await bot.RemindersIdleAsync();
        bot.Api.Fail("sendMessage", Fakes.FakeBotApiError.ThreadNotFound, GroupChatId.ToString(CultureInfo.InvariantCulture), times: null);
        var dueLocal = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Unspecified);
        var offset = Baghdad.GetUtcOffset(dueLocal);
        var sentBefore = bot.Api.SentMessages.Count;
        var callsBefore = bot.Api.Calls("sendMessage").Count;

        await bot.AdvanceToAsync(new DateTimeOffset(2026, 12, 1, 23, 59, 0, offset));

        var store = bot.Host.Services.GetRequiredService<ISubscriptionStore>();
        var topic = new ChatAddress(ChatPlatform.Telegram, GroupChatId.ToString(CultureInfo.InvariantCulture), "77");
        var channel = new ChatAddress(ChatPlatform.Telegram, ChannelChatId.ToString(CultureInfo.InvariantCulture));
        Assert.False((await store.GetAsync(topic, CancellationToken.None))!.Active);
        Assert.True((await store.GetAsync(channel, CancellationToken.None))!.Active);
        Assert.Single(bot.Api.Calls("sendMessage").Skip(callsBefore), c => c["message_thread_id"] == "77");
        Assert.Contains(bot.Api.SentMessages.Skip(sentBefore), m => m.ChatId == channel.ChatId && m.Text.Contains("Reminder", StringComparison.Ordinal));
    }

    private static JsonObject TopicText(string text, long topic)
    {
        var message = Message(Chat(GroupChatId, "supergroup", isForum: true), User(7), text);
        message["message_thread_id"] = topic;
        message["is_topic_message"] = true;
        return Update("message", message);
    }

    private static JsonObject ChannelPost(string text)
    {
        var channel = Chat(ChannelChatId, "channel");
        var post = Message(channel, null, text);
        post["sender_chat"] = channel.DeepClone();
        return Update("channel_post", post);
    }
}
