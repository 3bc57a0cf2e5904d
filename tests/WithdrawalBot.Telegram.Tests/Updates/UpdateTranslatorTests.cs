using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Tests.Fakes;
using WithdrawalBot.Telegram.Updates;
using BotCommand = WithdrawalBot.Core.Messages.BotCommand;
using static WithdrawalBot.Telegram.Tests.Fakes.TelegramUpdates;

namespace WithdrawalBot.Telegram.Tests.Updates;

public sealed class UpdateTranslatorTests
{
    private const long BotId = FakeBotApi.DefaultBotId;
    private readonly UpdateTranslator translator;

    public UpdateTranslatorTests()
    {
        var identity = new TelegramBotIdentity();
        identity.Set(BotId, FakeBotApi.DefaultBotUsername);
        translator = new UpdateTranslator(identity);
    }

    [Fact]
    public void FromMessage_PrivateText_RoutedAsAddressedAdminQuestion()
    {
        var translation = Translate(PrivateText("شوكت يطلعون الامريكان؟", "ar"));

        Assert.Equal(MessageDisposition.Route, translation.Disposition);
        var message = translation.Message!;
        Assert.Equal(new ChatAddress(ChatPlatform.Telegram, "42"), message.Chat);
        Assert.Equal(ChatKind.Private, message.Kind);
        Assert.Equal("شوكت يطلعون الامريكان؟", message.Text);
        Assert.Equal(new Sender("42", "Ali", "ar"), message.Sender);
        Assert.True(message.IsAddressedToBot);
        Assert.True(message.SenderIsAdmin);
        Assert.Null(message.Command);
    }

    [Fact]
    public void FromMessage_GroupChatter_Ignored()
    {
        var translation = Translate(GroupText("did anyone see the news today?"));

        Assert.Equal(MessageDisposition.Ignore, translation.Disposition);
        Assert.Null(translation.Message);
    }

    [Theory]
    [InlineData("/help@WithdrawalTestBot")]
    [InlineData("/help@withdrawaltestbot")]
    [InlineData("/HELP@WITHDRAWALTESTBOT")]
    [InlineData("/Help")]
    public void FromMessage_CommandForThisBotInGroup_RoutedWithLowerCaseName(string text)
    {
        var translation = Translate(GroupText(text));

        Assert.Equal(MessageDisposition.Route, translation.Disposition);
        Assert.Equal(new BotCommand("help", ""), translation.Message!.Command);
        Assert.True(translation.Message.IsAddressedToBot);
    }

    [Theory]
    [InlineData("/help@SomeOtherBot")]
    [InlineData("/ask@OtherBot when do troops leave?")]
    public void FromMessage_CommandForAnotherBot_Ignored(string text)
    {
        Assert.Equal(MessageDisposition.Ignore, Translate(GroupText(text)).Disposition);
        Assert.Equal(MessageDisposition.Ignore, Translate(PrivateText(text)).Disposition);
    }

    [Fact]
    public void FromMessage_CommandWithArguments_ArgumentsTrimmed()
    {
        var message = Translate(GroupText("/ask@WithdrawalTestBot   when do troops leave Erbil?  ")).Message!;

        Assert.Equal(new BotCommand("ask", "when do troops leave Erbil?"), message.Command);
    }

    [Fact]
    public void FromMessage_MentionOfTheBot_AddressedAndMentionStripped()
    {
        var message = Translate(GroupText("@WithdrawalTestBot, when do troops leave Erbil?")).Message!;

        Assert.True(message.IsAddressedToBot);
        Assert.Equal("when do troops leave Erbil?", message.Text);
        Assert.Null(message.Command);
    }

    [Fact]
    public void FromMessage_MentionInTheMiddle_StrippedWithoutDoubleSpaces()
    {
        var message = Translate(GroupText("so @withdrawaltestbot what about Ain al-Asad?")).Message!;

        Assert.Equal("so what about Ain al-Asad?", message.Text);
    }

    [Fact]
    public void FromMessage_CommandEntityLongerThanTheText_ReadAsTextNotAnError()
    {
        // Break 29: a bot_command entity of 40 characters on "/ask" threw, and the user got nothing.
        var update = PrivateText("/ask");
        update["message"]!["entities"] = new JsonArray(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = 40 });

        var message = Translate(update).Message!;

        Assert.Equal("/ask", message.Text);
        Assert.Null(message.Command);
    }

    [Fact]
    public void FromMessage_OverlappingMentionsOfTheBot_StrippedOnce()
    {
        var update = GroupText("@WithdrawalTestBot when do troops leave Erbil?");
        update["message"]!["entities"] = new JsonArray(
            new JsonObject { ["type"] = "mention", ["offset"] = 0, ["length"] = 18 },
            new JsonObject { ["type"] = "text_mention", ["offset"] = 5, ["length"] = 13, ["user"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Bot" } });

        var message = Translate(update).Message!;

        Assert.True(message.IsAddressedToBot);
        Assert.Equal("when do troops leave Erbil?", message.Text);
    }

    [Fact]
    public void FromMessage_TextMentionOfTheBot_Addressed()
    {
        var update = GroupText("Withdrawal Bot when is the end of 2026 deadline?");
        update["message"]!["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "text_mention", ["offset"] = 0, ["length"] = 14, ["user"] = User(BotId, "Withdrawal Bot", null, isBot: true),
        });

        var message = Translate(update).Message!;

        Assert.True(message.IsAddressedToBot);
        Assert.Equal("when is the end of 2026 deadline?", message.Text);
    }

    [Fact]
    public void FromMessage_MentionOfSomeoneElse_Ignored()
    {
        Assert.Equal(MessageDisposition.Ignore, Translate(GroupText("@ahmed what do you think?")).Disposition);
    }

    [Fact]
    public void FromMessage_ReplyToTheBot_Addressed()
    {
        var update = GroupText("why?");
        update["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(BotId, "Withdrawal Bot", null, isBot: true), "Coalition forces leave by September 2025.");

        var message = Translate(update).Message!;

        Assert.True(message.IsAddressedToBot);
        Assert.Equal("why?", message.Text);
        Assert.Equal("Coalition forces leave by September 2025.", message.RepliedToOwnText);
    }

    [Fact]
    public void FromMessage_MentionInReplyToSomeoneElsesRumour_CarriesTheRumour()
    {
        // Break 33 #6: "@bot is this true?" under a rumour got "About what, exactly?".
        var update = GroupText("@WithdrawalTestBot is this true?");
        update["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(8), "BREAKING: 10,000 US troops stay in Erbil until 2030");

        var message = Translate(update).Message!;

        Assert.Equal("is this true?", message.Text.Trim());
        Assert.Equal("BREAKING: 10,000 US troops stay in Erbil until 2030", message.RepliedToText);
    }

    [Fact]
    public void FromMessage_MentionInReplyQuotingPartOfAMessage_CarriesTheQuote()
    {
        var update = GroupText("@WithdrawalTestBot true?");
        update["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(8), "Long post. 10,000 US troops stay in Erbil until 2030. More text.");
        update["message"]!["quote"] = new JsonObject { ["text"] = "10,000 US troops stay in Erbil until 2030", ["position"] = 11 };

        Assert.Equal("10,000 US troops stay in Erbil until 2030", Translate(update).Message!.RepliedToText);
    }

    [Fact]
    public void FromMessage_ReplyToTheBot_CarriesNoRepliedText()
    {
        var update = GroupText("is this true?");
        update["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(BotId, "Withdrawal Bot", null, isBot: true), "Coalition forces leave by September 2025.");

        Assert.Null(Translate(update).Message!.RepliedToText);
    }

    [Fact]
    public void FromMessage_ReplyToSomeoneElse_Ignored()
    {
        var update = GroupText("why?");
        update["message"]!["reply_to_message"] = Message(Chat(GroupChatId, "supergroup"), User(8), "They leave next year");

        Assert.Equal(MessageDisposition.Ignore, Translate(update).Disposition);
    }

    [Fact]
    public void FromMessage_ForumTopicMessage_ThreadIdSet()
    {
        var update = GroupText("/help");
        update["message"]!["chat"] = Chat(GroupChatId, "supergroup", isForum: true);
        update["message"]!["message_thread_id"] = 77;
        update["message"]!["is_topic_message"] = true;

        var message = Translate(update).Message!;

        Assert.Equal(new ChatAddress(ChatPlatform.Telegram, GroupChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), "77"), message.Chat);
    }

    [Fact]
    public void FromMessage_ReplyThreadOutsideForum_NoThreadId()
    {
        var update = GroupText("/help");
        update["message"]!["message_thread_id"] = 55;

        Assert.Null(Translate(update).Message!.Chat.ThreadId);
    }

    [Fact]
    public void FromMessage_AnonymousGroupAdmin_SenderIsAdmin()
    {
        var update = GroupText("/subscribe");
        update["message"]!["from"] = User(1087968824, "Group", null, isBot: true, username: "GroupAnonymousBot");
        update["message"]!["sender_chat"] = Chat(GroupChatId, "supergroup");

        var message = Translate(update).Message!;

        Assert.True(message.SenderIsAdmin);
        Assert.Equal(GroupChatId.ToString(System.Globalization.CultureInfo.InvariantCulture), message.Sender!.Id);
    }

    [Fact]
    public void FromMessage_OrdinaryGroupMember_AdminLeftToThePlatform()
    {
        Assert.Null(Translate(GroupText("/subscribe")).Message!.SenderIsAdmin);
    }

    [Fact]
    public void FromMessage_ChannelPostCommand_ChannelKindAdminWithoutSender()
    {
        var update = Update("channel_post", Message(Chat(ChannelChatId, "channel"), null, "/subscribe@WithdrawalTestBot"));
        update["channel_post"]!["sender_chat"] = Chat(ChannelChatId, "channel");

        var message = Translate(update).Message!;

        Assert.Equal(ChatKind.Channel, message.Kind);
        Assert.True(message.SenderIsAdmin);
        Assert.Null(message.Sender);
        Assert.Equal("subscribe", message.Command!.Name);
    }

    [Fact]
    public void FromMessage_ChannelPostWithoutCommand_Ignored()
    {
        var update = Update("channel_post", Message(Chat(ChannelChatId, "channel"), null, "Today's news digest"));

        Assert.Equal(MessageDisposition.Ignore, Translate(update).Disposition);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FromMessage_ChannelPostMentioningOrReplyingToTheBot_IgnoredAsTheRouterAnswersChannelsCommandsOnly(bool reply)
    {
        // Break 35 #11: it was routed (and so kept in pending_updates) though the router never answers it.
        var update = reply ? ChannelPost("why?", replyToBot: true) : ChannelPost("@WithdrawalTestBot when do they leave Erbil?");

        Assert.Equal(MessageDisposition.Ignore, Translate(update).Disposition);
    }

    [Fact]
    public void FromMessage_PhotoWithCaption_CaptionIsTheText()
    {
        var update = Update("message", Message(Chat(42, "private"), User(42), null));
        update["message"]!["photo"] = new JsonArray(new JsonObject { ["file_id"] = "p", ["file_unique_id"] = "u", ["width"] = 90, ["height"] = 90 });
        update["message"]!["caption"] = "what base is this?";

        var translation = Translate(update);

        Assert.Equal(MessageDisposition.Route, translation.Disposition);
        Assert.Equal("what base is this?", translation.Message!.Text);
    }

    [Fact]
    public void FromMessage_StickerInPrivate_NonTextInPrivate()
    {
        var translation = Translate(Sticker(Chat(42, "private"), User(42, languageCode: "ar")));

        Assert.Equal(MessageDisposition.NonTextInPrivate, translation.Disposition);
        Assert.Equal("ar", translation.Message!.Sender!.LanguageCode);
    }

    [Fact]
    public void FromMessage_StickerInGroup_Ignored()
    {
        Assert.Equal(MessageDisposition.Ignore, Translate(Sticker(Chat(GroupChatId, "supergroup"), User(7))).Disposition);
    }

    [Fact]
    public void FromMessage_ServiceMessage_Ignored()
    {
        var update = Update("message", Message(Chat(GroupChatId, "supergroup"), User(7), null));
        update["message"]!["new_chat_members"] = new JsonArray(User(9));

        Assert.Equal(MessageDisposition.Ignore, Translate(update).Disposition);
    }

    [Fact]
    public void FromCallbackQuery_ButtonTap_PayloadInTheTappedMessagesChat()
    {
        var update = Read(CallbackQuery(Chat(GroupChatId, "supergroup"), 7, "q:erbil", BotId, messageId: 321));

        var message = UpdateTranslator.FromCallbackQuery(update.CallbackQuery!)!;

        Assert.Equal("q:erbil", message.ButtonPayload);
        Assert.Equal(ChatKind.Group, message.Kind);
        Assert.Equal("7", message.Sender!.Id);
        Assert.Equal("321", message.MessageId);
        Assert.Equal("", message.Text);
        Assert.True(message.IsAddressedToBot);
    }

    public static TheoryData<string, bool> KeptOrNot => new()
    {
        { "private", true },
        { "group command", true },
        { "group mention", true },
        { "group chatter", false },
        { "command for another bot", false },
        { "group sticker", false },
        { "edited", false },
        { "migration", true },
        { "tap", true },
        { "inline", true },
        { "membership", true },
        { "channel command", true },
        { "channel mention", false },
        { "channel reply to the bot", false },
    };

    [Theory]
    [MemberData(nameof(KeptOrNot))]
    public void IsForTheBot_OnlyWhatTheBotActsOn(string what, bool expected)
    {
        var group = Chat(GroupChatId, "supergroup");
        var update = what switch
        {
            "private" => PrivateText("hello"),
            "group command" => GroupText("/ask how many troops?"),
            "group mention" => GroupText("@WithdrawalTestBot how many troops?"),
            "group chatter" => GroupText("see you at the cafe at 6"),
            "command for another bot" => GroupText("/ask@OtherBot how many troops?"),
            "group sticker" => Sticker(group, User(7)),
            "edited" => Update("edited_message", Message(group, User(7), "/ask edited")),
            "migration" => Update("message", new JsonObject { ["message_id"] = 5, ["date"] = 1_760_000_000, ["chat"] = Chat(-4242, "group"), ["from"] = User(7), ["migrate_to_chat_id"] = -1004242 }),
            "tap" => CallbackQuery(group, 7, "q:erbil", BotId),
            "inline" => InlineQuery("erbil"),
            "channel command" => ChannelPost("/subscribe"),
            "channel mention" => ChannelPost("@WithdrawalTestBot when do they leave Erbil?"),
            "channel reply to the bot" => ChannelPost("why?", replyToBot: true),
            _ => MyChatMember(GroupChatId, BotId, "kicked"),
        };

        Assert.Equal(expected, translator.IsForTheBot(Read(update)));
    }

    private static JsonObject ChannelPost(string text, bool replyToBot = false)
    {
        var post = Message(Chat(ChannelChatId, "channel"), null, text);
        post["sender_chat"] = Chat(ChannelChatId, "channel");
        if (replyToBot)
        {
            post["reply_to_message"] = Message(Chat(ChannelChatId, "channel"), User(BotId, "Withdrawal Bot", null, isBot: true), "An earlier answer");
        }

        return Update("channel_post", post);
    }

    private Translation Translate(JsonObject update)
    {
        var parsed = Read(update);
        return translator.FromMessage(parsed.Message ?? parsed.ChannelPost!);
    }

    private static Update Read(JsonObject update)
    {
        update["update_id"] ??= 1;
        return JsonSerializer.Deserialize<Update>(update.ToJsonString(), JsonBotAPI.Options)!;
    }
}
