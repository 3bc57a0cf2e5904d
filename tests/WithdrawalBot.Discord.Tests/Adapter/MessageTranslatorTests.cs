using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Models;

namespace WithdrawalBot.Discord.Tests.Adapter;

public sealed class MessageTranslatorTests
{
    private const string Bot = "100";
    private static readonly ChatAddress Chat = new(ChatPlatform.Discord, "300");

    private static DiscordMessage Message(string content, string? guild = "200", string author = "500", bool bot = false, int type = 0, params string[] mentions) => new()
    {
        Id = "1",
        ChannelId = "300",
        GuildId = guild,
        Content = content,
        Type = type,
        Author = new DiscordUser { Id = author, Username = "u" + author, Bot = bot },
        Mentions = mentions.Select(m => new DiscordUser { Id = m, Username = m == Bot ? "withdrawalbot" : "sara" }).ToArray(),
    };

    [Theory]
    [InlineData("<@100> متى ينسحبون؟", "متى ينسحبون؟")]
    [InlineData("<@!100>   when?", "when?")]
    [InlineData("when? <@100>", "when?")]
    public void Translate_MentionOfTheBot_StrippedAndAddressed(string content, string text)
    {
        var (message, skip) = MessageTranslator.Translate(Message(content, mentions: Bot), Bot, Chat);

        Assert.Equal(MessageTranslator.Skip.None, skip);
        Assert.Equal(text, message!.Text);
        Assert.True(message.IsAddressedToBot);
    }

    [Fact]
    public void Translate_OtherUserMentioned_ShownAsName()
    {
        var (message, _) = MessageTranslator.Translate(Message("<@100> what did <@700> say?", "200", "500", false, 0, Bot, "700"), Bot, Chat);

        Assert.Equal("what did @sara say?", message!.Text);
    }

    [Fact]
    public void Translate_MentionInReplyToSomeoneElsesRumour_CarriesTheRumour()
    {
        // Break 33 #6: "@bot is this true?" under a rumour got "About what, exactly?".
        var rumour = Message("BREAKING: 10,000 US troops will stay in Erbil until 2030", author: "47") with { Id = "123" };
        var reply = Message("<@100> is this true?", type: 19, mentions: Bot) with
        {
            MessageReference = new MessageReference { MessageId = "123", ChannelId = "300" },
            ReferencedMessage = rumour,
        };

        var (message, _) = MessageTranslator.Translate(reply, Bot, Chat);

        Assert.Equal("is this true?", message!.Text);
        Assert.Equal("BREAKING: 10,000 US troops will stay in Erbil until 2030", message.RepliedToText);
    }

    [Fact]
    public void Translate_ReplyToTheBot_CarriesNoRepliedText()
    {
        var answer = Message("Coalition forces leave by September 2025.", author: Bot, bot: true) with { Id = "124" };
        var reply = Message("is this true?", type: 19) with { MessageReference = new MessageReference { MessageId = "124" }, ReferencedMessage = answer };

        var (message, _) = MessageTranslator.Translate(reply, Bot, Chat);

        Assert.True(message!.IsAddressedToBot);
        Assert.Null(message.RepliedToText);
    }

    [Theory]
    [InlineData(Language.English, "erbil-stay-until-end-2026")]
    [InlineData(Language.Arabic, "erbil-stay-until-end-2026")]
    [InlineData(Language.English, "us-troops-in-iraq-2500")]
    public void Translate_ReplyToTheBotsAnswer_CarriesItsTextAndTheAnswerIsToldFromIt(Language language, string factId)
    {
        // Break 35 #7: "why?" under the bot's answer lost the answer once the follow-up window closed.
        var knowledge = KnowledgeLoader.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        var composer = new ReplyComposer(knowledge, new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        var rendered = DiscordReplyRenderer.Render(composer.Answer(knowledge.Facts.Single(f => f.Id == factId), language, 1))[0].Content!;
        var answer = Message(rendered, author: Bot, bot: true) with { Id = "124" };
        var reply = Message("why?", type: 19) with { MessageReference = new MessageReference { MessageId = "124" }, ReferencedMessage = answer };

        var (message, _) = MessageTranslator.Translate(reply, Bot, Chat);

        Assert.Equal(rendered, message!.RepliedToOwnText);
        Assert.Equal(factId, new RepliedAnswer(knowledge, composer).Recover(message.RepliedToOwnText!, DateTimeOffset.UnixEpoch)?.FactId);
    }

    [Theory]
    [InlineData("<@700> when do they leave Erbil?", "when do they leave Erbil?")]
    [InlineData("when do they leave Erbil? <@700>", "when do they leave Erbil?")]
    [InlineData("@everyone how many troops are in Iraq?", "how many troops are in Iraq?")]
    [InlineData("<@&900> @here <#300> how many troops are in Iraq?", "how many troops are in Iraq?")]
    [InlineData("when do they leave Erbil and **Basra**?", "when do they leave Erbil and Basra?")]
    [InlineData("~~when~~ __why__ do they stay in ||Erbil||?", "when why do they stay in Erbil?")]
    [InlineData("> the Americans are leaving\nwhen do they leave Erbil?", "when do they leave Erbil?")]
    [InlineData(">>> when do they leave Erbil?", "when do they leave Erbil?")]
    public void Translate_AddressingQuotesAndEmphasis_LeftOutOfTheQuestion(string content, string text)
    {
        var (message, _) = MessageTranslator.Translate(Message(content, null, "500", false, 0, "700"), Bot, Chat);

        Assert.Equal(text, message!.Text);
    }

    [Fact]
    public void Translate_SlashTextAfterMention_ParsedAsCommand()
    {
        var (message, _) = MessageTranslator.Translate(Message("<@100> /subscribe 7d 1d", mentions: Bot), Bot, Chat);

        Assert.Equal(new BotCommand("subscribe", "7d 1d"), message!.Command);
    }

    [Theory]
    [InlineData("100", false, 0, MessageTranslator.Skip.NotFromAPerson)]
    [InlineData("600", true, 0, MessageTranslator.Skip.NotFromAPerson)]
    [InlineData("500", false, 7, MessageTranslator.Skip.NotText)]
    public void Translate_NotAPersonOrNotText_Skipped(string author, bool bot, int type, MessageTranslator.Skip expected)
    {
        var (message, skip) = MessageTranslator.Translate(Message("<@100> hi", "200", author, bot, type, Bot), Bot, Chat);

        Assert.Null(message);
        Assert.Equal(expected, skip);
    }

    [Fact]
    public void Translate_EmptyGuildContent_NotAQuestion()
    {
        var (message, skip) = MessageTranslator.Translate(Message(""), Bot, Chat);

        Assert.Null(message);
        Assert.Equal(MessageTranslator.Skip.EmptyContent, skip);
    }

    [Fact]
    public void Translate_EmptyDirectMessage_PassedOnEmptySoTheRouterCanAskForText()
    {
        var (message, _) = MessageTranslator.Translate(Message("", guild: null), Bot, Chat);

        Assert.Equal("", message!.Text);
        Assert.Equal(ChatKind.Private, message.Kind);
        Assert.Null(message.Command);
    }

    [Fact]
    public void Translate_GuildChatter_NotAddressedAndNoCommand()
    {
        var (message, _) = MessageTranslator.Translate(Message("/help is what I typed"), Bot, Chat);

        Assert.False(message!.IsAddressedToBot);
        Assert.Null(message.Command);
    }

    [Theory]
    [InlineData("<@&555> when do troops leave erbil?", "when do troops leave erbil?", true)]
    [InlineData("when do troops leave erbil? <@&555>", "when do troops leave erbil?", true)]
    [InlineData("<@&556> /subscribe 7d", "/subscribe 7d", false)]
    public void Translate_MentionOfTheBotsManagedRole_InTheTextAlone_Addressed(string content, string text, bool addressed)
    {
        // mention_roles empty, as in an edited or forwarded message: the <@&id> in the text is enough.
        var (message, _) = MessageTranslator.Translate(Message(content), Bot, Chat, role => role == "555");

        Assert.Equal(text, message!.Text);
        Assert.Equal(addressed, message.IsAddressedToBot);
        Assert.Null(message.Command); // "/subscribe" to another bot's role is not ours
    }

    [Fact]
    public void Translate_MentionRolesListsTheBotsRole_Addressed()
    {
        var (message, _) = MessageTranslator.Translate(Message("<@&555> /subscribe 7d") with { MentionRoles = ["555"] }, Bot, Chat, role => role == "555");

        Assert.True(message!.IsAddressedToBot);
        Assert.Equal(new BotCommand("subscribe", "7d"), message.Command);
    }
}
