using WithdrawalBot.Core.Reminders;

namespace WithdrawalBot.Core.Tests.Reminders;

/// <summary>Which free-text messages ask about reminders, and which request them whatever else they name.</summary>
public sealed class ReminderQuestionTests
{
    [Theory]
    [InlineData("do I have reminders?")]
    [InlineData("عندي تذكير؟")]
    [InlineData("راح تذكرني؟")]
    public void AsksOnly_StatusQuestion_IsTrue(string text) => Assert.True(ReminderQuestion.AsksOnly(text));

    [Theory]
    [InlineData("can you remind me before the elections?")]
    [InlineData("remind me?")]
    [InlineData("remind me a week before")]
    public void AsksOnly_Request_IsFalse(string text) => Assert.False(ReminderQuestion.AsksOnly(text));

    [Theory]
    [InlineData("remind me before the elections")]
    [InlineData("Remind us a day before the troops leave Erbil")]
    [InlineData("can you remind me before the elections?")]
    [InlineData("please remind me")]
    [InlineData("ذكرني قبل الانتخابات")]
    [InlineData("تكدر تذكرني قبل ما يطلعون من اربيل؟")]
    public void Requests_OpensWithAReminderVerb_IsTrue(string text) => Assert.True(ReminderQuestion.Requests(text));

    [Theory]
    [InlineData("remind me when the elections are")]
    [InlineData("remind me what the report said about Erbil")]
    [InlineData("ذكرني شوكت الانتخابات")]
    [InlineData("when are the elections? remind me")]
    [InlineData("تذكرني قبل الانتخابات")]
    [InlineData("")]
    public void Requests_QuestionOrNoOpeningVerb_IsFalse(string text) => Assert.False(ReminderQuestion.Requests(text));

    [Theory]
    [InlineData("remind me", true)]
    [InlineData("Remind us", true)]
    [InlineData("ذكرني", true)]
    [InlineData("remind me a week before", false)]
    [InlineData("ذكرني قبل يومين", false)]
    [InlineData("what did Farhad say", false)]
    public void IsBareVerb_ReminderVerbAlone_IsTrue(string text, bool bare) => Assert.Equal(bare, ReminderQuestion.IsBareVerb(text));
}
