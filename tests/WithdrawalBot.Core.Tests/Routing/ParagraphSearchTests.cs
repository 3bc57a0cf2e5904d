using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class ParagraphSearchTests
{
    [Theory]
    [InlineData("Which paragraph mentions Gaza?", "Gaza")]
    [InlineData("which paragraph says the deal could be announced this month?", "the deal could be announced this month")]
    [InlineData("In which paragraph is the 2,500 figure?", "the 2,500 figure")]
    [InlineData("what paragraph talks about Erbil", "Erbil")]
    [InlineData("Quote me the paragraph about Erbil.", "Erbil")]
    [InlineData("the paragraph that talks about the attacks", "the attacks")]
    [InlineData("اقتبس لي الفقرة التي تتحدث عن أربيل", "أربيل")]
    [InlineData("ما الفقرة التي تذكر أربيل؟", "أربيل")]
    [InlineData("where does the report mention Iran?", "Iran")]
    [InlineData("where in the report is the 900 figure?", "the 900 figure")]
    [InlineData("بأي فقرة ذكر السوداني؟", "السوداني")]
    [InlineData("أي فقرة تقول إن الاتفاق قد يعلن هذا الشهر؟", "الاتفاق قد يعلن هذا الشهر")]
    [InlineData("شنو تكول الفقره الي بيها غزه", "غزه")]
    [InlineData("وين يذكر التقرير ايران؟", "ايران")]
    [InlineData("اي فقرات بيها ايران؟", "ايران")]
    [InlineData("بيا فقرة مذكورة المانيا؟", "المانيا")]
    [InlineData("وين انذكرت غزة؟", "غزة")]
    [InlineData("وين مكتوب هذا؟", "هذا")]
    [InlineData("where is Sudani mentioned?", "Sudani")]
    [InlineData("في أي فقرة ورد ذكر إقليم كوردستان؟", "إقليم كوردستان")]
    [InlineData("في أي فقرة يُذكر رقم 900؟", "رقم 900")]
    [InlineData("بأي فقرة جاء ذكر السوداني", "السوداني")]
    [InlineData("which part of the report mentions Gaza?", "Gaza")]
    [InlineData("what part talks about Erbil", "Erbil")]
    public void Topic_WhichParagraphRequest_IsWhatItLooksFor(string text, string topic)
    {
        Assert.Equal(topic, ParagraphSearch.Topic(text));
    }

    [Theory]
    [InlineData("Where did the attack that killed the three soldiers happen?")]
    [InlineData("What does paragraph 13 say?")]
    [InlineData("when do troops leave Erbil?")]
    [InlineData("which forces are withdrawing?")]
    [InlineData("أي قوات راح تنسحب؟")]
    [InlineData("")]
    [InlineData("which paragraph?")]
    [InlineData("Which part of Iraq and Syria has the Islamic State controlled at its peak?")] // trial 62: a part of a place, not of the report
    [InlineData("what part of Iraq is Erbil in?")]
    public void Topic_AnythingElse_IsNull(string text)
    {
        Assert.Null(ParagraphSearch.Topic(text));
    }

    [Theory]
    [InlineData("What does the report say about Iran?", "Iran")]
    [InlineData("What, if anything, does the report say about Iran?", "Iran")] // trial 60
    [InlineData("what does the article say on the coalition", "the coalition")]
    [InlineData("does the report mention Tehran?", "Tehran")]
    [InlineData("شنو يكول التقرير عن اربيل؟", "اربيل")]
    [InlineData("التقرير يذكر طهران؟", "طهران")]
    [InlineData("Is Washington mentioned?", "Washington")]
    [InlineData("is Gaza mentioned in the report?", "Gaza")]
    [InlineData("anything about Israel?", "Israel")]
    [InlineData("Is there anything in the report about Tehran?", "Tehran")]
    [InlineData("does it say anything about Germany?", "Germany")]
    [InlineData("اكو شي عن ايران؟", "ايران")]
    [InlineData("شكو ماكو بالنسبة لداعش؟", "داعش")]
    [InlineData("any news on Erbil?", "Erbil")]
    [InlineData("شنو الاخبار عن عين الاسد؟", "عين الاسد")]
    public void About_WhatTheReportSaysAboutSomething_IsTheTopic(string text, string topic)
    {
        Assert.Equal(topic, ParagraphSearch.About(text));
    }

    [Theory]
    [InlineData("what does paragraph 13 say?")]
    [InlineData("what did Sudani say about the deal?")]
    [InlineData("شنو قال السوداني؟")]
    [InlineData("")]
    public void About_AnythingElse_IsNull(string text)
    {
        Assert.Null(ParagraphSearch.About(text));
    }
}
