using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;

namespace WithdrawalBot.Core.Tests.Routing;

public sealed class QuestionSplitterTests
{
    private readonly QuestionSplitter splitter = new(EvaluationSet.Knowledge.Lexicon);

    [Theory]
    [InlineData("شكد جندي امريكي بالعراق؟ وشكد بسوريا؟", new[] { "شكد جندي امريكي بالعراق؟", "وشكد بسوريا؟" })]
    [InlineData("Stop the reminders. When do troops leave Erbil?", new[] { "Stop the reminders", "When do troops leave Erbil?" })]
    [InlineData("please stop reminding me, how many soldiers were killed?", new[] { "please stop reminding me", "how many soldiers were killed?" })]
    [InlineData("بطل التذكيرات، شوكت يطلعون من اربيل؟", new[] { "بطل التذكيرات", "شوكت يطلعون من اربيل؟" })]
    [InlineData("I don't want reminders anymore, but when do they leave Ain al-Asad?", new[] { "I don't want reminders anymore", "when do they leave Ain al-Asad?" })]
    [InlineData("how many troops in iraq and when do they leave?", new[] { "how many troops in iraq", "when do they leave?" })]
    [InlineData("How many troops are in Iraq, and why are they leaving?", new[] { "How many troops are in Iraq", "why are they leaving?" })]
    [InlineData("How many sources are there, and from which countries they come?", new[] { "How many sources are there", "from which countries they come?" })]
    [InlineData("كم جندي امريكي بالعراق ومتى ينسحبون؟", new[] { "كم جندي امريكي بالعراق", "ومتى ينسحبون؟" })]
    [InlineData("كم جندي بالعراق و متى ينسحبون", new[] { "كم جندي بالعراق", "و متى ينسحبون" })]
    [InlineData("متى تنسحب القوات من بغداد وهل ستبقى في أربيل", new[] { "متى تنسحب القوات من بغداد", "وهل ستبقى في أربيل" })]
    [InlineData("When do they leave Baghdad?\nAnd Erbil?", new[] { "When do they leave Baghdad?", "And Erbil?" })]
    [InlineData("a? b? c? when do they leave? why? where to?", new[] { "when do they leave?", "why?", "where to?" })]
    [InlineData("when do they leave Baghdad and Erbil?", new[] { "when do they leave Baghdad?", "when do they leave Erbil?" })]
    [InlineData("do they leave Erbil or Ain al-Asad first?", new[] { "do they leave Erbil first?", "do they leave Ain al-Asad first?" })]
    [InlineData("يطلعون من بغداد لو من اربيل اول؟", new[] { "يطلعون من بغداد اول؟", "يطلعون من اربيل اول؟" })]
    [InlineData("When do they leave Iraq and is the deal final?", new[] { "When do they leave Iraq", "is the deal final?" })]
    [InlineData("كم عدد الجنود في العراق وكم في سوريا؟", new[] { "كم عدد الجنود في العراق", "وكم في سوريا؟" })]
    [InlineData("What's the plan for Ain al-Asad and for Baghdad?", new[] { "What's the plan for Ain al-Asad?", "What's the plan for Baghdad?" })]
    [InlineData("متى ينسحبون من بغداد واربيل؟", new[] { "متى ينسحبون من بغداد؟", "متى ينسحبون من اربيل؟" })]
    [InlineData("متى يطلعون من اربيل والسليمانية ودهوك؟", new[] { "متى يطلعون من اربيل؟", "متى يطلعون من السليمانية؟", "متى يطلعون من دهوك؟" })]
    [InlineData("when do they leave Erbil, Sulaymaniyah and Duhok?", new[] { "when do they leave Erbil?", "when do they leave Sulaymaniyah?", "when do they leave Duhok?" })]
    [InlineData("شكد جندي بالعراق وبسوريا", new[] { "شكد جندي بالعراق", "شكد جندي بسوريا" })]
    [InlineData("How many troops are in Iraq, how many in Syria, when do they leave Erbil?", new[] { "How many troops are in Iraq", "how many in Syria", "when do they leave Erbil?" })]
    [InlineData("كم عدد الجنود في العراق، متى يغادرون أربيل؟", new[] { "كم عدد الجنود في العراق", "متى يغادرون أربيل؟" })]
    [InlineData("When do troops leave Baghdad and Basra?", new[] { "When do troops leave Baghdad?", "When do troops leave Basra?" })]
    [InlineData("متى ينسحبون من بغداد والبصرة؟", new[] { "متى ينسحبون من بغداد؟", "متى ينسحبون من البصرة؟" })]
    [InlineData("when do troops leave mosul and erbil?", new[] { "when do troops leave mosul?", "when do troops leave erbil?" })]
    [InlineData("شوكت يطلعون من الموصل واربيل", new[] { "شوكت يطلعون من الموصل", "شوكت يطلعون من اربيل" })]
    [InlineData("When do they leave Baghdad, Erbil and Ain al-Asad?", new[] { "When do they leave Baghdad?", "When do they leave Erbil?", "When do they leave Ain al-Asad?" })]
    [InlineData("Is it true that all forces leave Erbil by September 2025 and Ain al-Asad by the end of 2026?", new[] { "Is it true that all forces leave Erbil by September 2025?", "Is it true that all forces leave Ain al-Asad by the end of 2026?" })]
    [InlineData("صحيح كل القوات تطلع من اربيل بأيلول 2025 ومن عين الاسد بنهاية 2026؟", new[] { "صحيح كل القوات تطلع من اربيل بأيلول 2025؟", "صحيح كل القوات تطلع من عين الاسد بنهاية 2026؟" })]
    [InlineData("Is it true that all coalition forces leave Erbil by September 2025 and stay in Ain al-Asad until the end of 2026?", new[] { "Is it true that all coalition forces leave Erbil by September 2025?", "Is it true that stay in Ain al-Asad until the end of 2026?" })] // break 36 #13: "…September 2025y in Ain al-Asad…"
    [InlineData("صحيح كل القوات تطلع من اربيل بأيلول 2025 وتبقى بعين الاسد لنهاية 2026؟", new[] { "صحيح كل القوات تطلع من اربيل بأيلول 2025؟", "صحيح تبقى بعين الاسد لنهاية 2026؟" })]
    [InlineData("when do they stay in Erbil and stay in Ain al-Asad?", new[] { "when do they stay in Erbil and stay in Ain al-Asad?" })]
    [InlineData("Is it true that Germany, France and the UK contribute troops?", new[] { "Is it true that Germany, France and the UK contribute troops?" })] // break 36 #4: "Germany and the UK contribute troops"
    [InlineData("صحيح المانيا وفرنسا وبريطانيا مشاركين بالتحالف؟", new[] { "صحيح المانيا وفرنسا وبريطانيا مشاركين بالتحالف؟" })]
    [InlineData("Germany, France and Iran contribute troops, is that true?", new[] { "Germany, France and Iran contribute troops, is that true?" })]
    [InlineData("do Germany, France and the UK send troops?", new[] { "do Germany, France and the UK send troops?" })]
    [InlineData("when do they leave Mosul, Baghdad and Erbil?", new[] { "when do they leave Mosul?", "when do they leave Baghdad?", "when do they leave Erbil?" })]
    [InlineData("متى ينسحبون من الموصل وبغداد واربيل؟", new[] { "متى ينسحبون من الموصل؟", "متى ينسحبون من بغداد؟", "متى ينسحبون من اربيل؟" })]
    [InlineData("متى ينسحبون من بغداد واربيل والبصرة؟", new[] { "متى ينسحبون من بغداد؟", "متى ينسحبون من اربيل؟", "متى ينسحبون من البصرة؟" })]
    [InlineData("How many troops are in Iraq and also when do they leave?", new[] { "How many troops are in Iraq", "when do they leave?" })]
    [InlineData("how many troops r in iraq n when they leave", new[] { "how many troops r in iraq", "when they leave" })]
    [InlineData("wen do they leave ain al asad and wats happening in bagdad", new[] { "wen do they leave ain al asad", "wats happening in bagdad" })]
    [InlineData("wen do they leave erbil an how meny soldiers in sirya", new[] { "wen do they leave erbil", "how meny soldiers in sirya" })]
    [InlineData("how many troops are in Iraq. when do they leave", new[] { "how many troops are in Iraq", "when do they leave" })]
    [InlineData("when will the US leave iraq also what about syria", new[] { "when will the US leave iraq", "what about syria" })]
    [InlineData("When do troops leave Baghdad, Erbil, Basra and Mosul?", new[] { "When do troops leave Baghdad?", "When do troops leave Erbil?", "When do troops leave Basra?", "When do troops leave Mosul?" })]
    [InlineData("ما القاعدة التي ستغادرها القوات بحلول أيلول 2025، وما مصير الوجود العسكري في بغداد وأربيل؟", new[] { "ما القاعدة التي ستغادرها القوات بحلول أيلول 2025", "وما مصير الوجود العسكري في بغداد؟", "وما مصير الوجود العسكري في أربيل؟" })]
    [InlineData("وكم جندياً أمريكياً قتل في الهجمات، ومن يقف وراءها؟", new[] { "وكم جندياً أمريكياً قتل في الهجمات", "ومن يقف وراءها؟" })]
    [InlineData("كم جندي امريكي بالعراق، ومن المتوقع ان يطلعون؟", new[] { "كم جندي امريكي بالعراق، ومن المتوقع ان يطلعون؟" })]
    [InlineData("بغداد و اربيل و السليمانية متى يطلعون", new[] { "بغداد متى يطلعون", "اربيل متى يطلعون", "السليمانية متى يطلعون" })]
    [InlineData("is it true that 5,000 US troops are in Iraq and they will all leave by March 2025?", new[] { "is it true that 5,000 US troops are in Iraq and they will all leave by March 2025?" })]
    [InlineData("Baghdad, Erbil and Sulaymaniyah, when do they leave?", new[] { "Baghdad, when do they leave?", "Erbil, when do they leave?", "Sulaymaniyah, when do they leave?" })]
    [InlineData("Kirkuk and Erbil, when do they leave?", new[] { "Kirkuk, when do they leave?", "Erbil, when do they leave?" })]
    [InlineData("when do the troops leave Baghdad, Basra and Erbil?", new[] { "when do the troops leave Baghdad?", "when do the troops leave Basra?", "when do the troops leave Erbil?" })]
    [InlineData("متى ينسحبون من بغداد والموصل واربيل؟", new[] { "متى ينسحبون من بغداد؟", "متى ينسحبون من الموصل؟", "متى ينسحبون من اربيل؟" })]
    [InlineData("الموصل واربيل شوكت ينسحبون؟", new[] { "الموصل شوكت ينسحبون؟", "اربيل شوكت ينسحبون؟" })]
    [InlineData("Baghdad, Erbil, Basra: when do they leave?", new[] { "Baghdad: when do they leave?", "Erbil: when do they leave?", "Basra: when do they leave?" })]
    [InlineData("Since the deal was signed in 2024, when exactly do the troops leave?", new[] { "is it true that the deal was signed in 2024?", "when exactly do the troops leave?" })]
    [InlineData("Given that the talks started in March, how long did they take?", new[] { "is it true that the talks started in March?", "how long did they take?" })]
    [InlineData("بما ان الاتفاق انمضى، شوكت يطلعون؟", new[] { "صحيح الاتفاق انمضى؟", "شوكت يطلعون؟" })]
    [InlineData("since the deal was signed in 2024 when do the troops leave", new[] { "is it true that the deal was signed in 2024?", "when do the troops leave" })]
    [InlineData("Given that the US has 5,000 troops in Iraq, when will they all leave?", new[] { "is it true that the US has 5,000 troops in Iraq?", "when will they all leave?" })]
    [InlineData("Since when are US troops in Iraq, and why?", new[] { "Since when are US troops in Iraq", "why?" })]
    [InlineData("بما ان الاتفاق انوقع 2024 شوكت يطلعون", new[] { "صحيح الاتفاق انوقع 2024؟", "شوكت يطلعون" })]
    [InlineData("people say the Americans left long ago, how many troops are in Iraq?", new[] { "is it true that the Americans left long ago?", "how many troops are in Iraq?" })]
    [InlineData("عدنا ناس يكولون الامريكان طلعو من زمان، شكد جندي امريكي بالعراق", new[] { "صحيح الامريكان طلعو من زمان؟", "شكد جندي امريكي بالعراق" })]
    [InlineData("I heard 5000 troops are in Iraq, when do they leave?", new[] { "is it true that 5000 troops are in Iraq?", "when do they leave?" })]
    [InlineData("الناس تكول الاتفاق انلغى، فشوكت راح يعلنوه؟", new[] { "صحيح الاتفاق انلغى؟", "فشوكت راح يعلنوه؟" })]
    [InlineData("People say the deal was cancelled, so when will it be announced?", new[] { "is it true that the deal was cancelled?", "so when will it be announced?" })]
    public void Split_SeveralQuestions_ReturnsEachInOrder(string message, string[] expected)
    {
        Assert.Equal(expected, splitter.Split(message));
    }

    [Theory]
    [InlineData("I live in Basra. How many US troops are in Iraq?")]
    [InlineData("Troops and Erbil?")]
    [InlineData("is there an advisory role for US troops?")]
    [InlineData("do they leave Erbil or stay?")]
    [InlineData("Iraq or Syria, where are there more US troops?")]
    [InlineData("وين يبقون اكثر، بغداد لو اربيل؟")]
    [InlineData("How many Iraqi and Syrian fighters were killed?")]
    [InlineData("Will the troops stay, and for how long")]
    [InlineData("متى تنسحب القوات الأمريكية والتحالف من العراق؟")]
    [InlineData("متى تنسحب القوات ومن بغداد أولاً؟")]
    [InlineData("  when do troops leave erbil?  ")]
    [InlineData("In Iraq, how many US troops are there?")]
    [InlineData("I live in Erbil. When do the U.S. troops leave?")]
    [InlineData("اني ساكن ببغداد، شكد جندي امريكي بالعراق؟")]
    [InlineData("I'm from Basra, when do they leave?")]
    [InlineData("Is there a deal between the US and Iraq?")]
    [InlineData("not Baghdad, Erbil")]
    [InlineData("when do they leave Erbil and not Baghdad?")]
    [InlineData("مو بغداد، اربيل")]
    [InlineData("شنو الفرق بين انسحاب 2011 وهالانسحاب؟")]
    [InlineData("what's the difference between Iraq's government and its parliament?")]
    [InlineData("اني ساكن ببغداد، وما عندي فكرة شكد جندي امريكي بالعراق")]
    [InlineData("Since when are US troops in Iraq?")]
    [InlineData("Since 2014, how many troops has the coalition had?")]
    [InlineData("since when are US troops in Iraq?")]
    [InlineData("Since the plan awaits final approval and since three soldiers were killed, when do the troops leave Ain al-Asad?")]
    [InlineData("وداعش هسه شنو وضعه؟")]
    public void Split_OneQuestion_ReturnsItWhole(string message)
    {
        Assert.Equal([message.Trim()], splitter.Split(message));
    }

    [Theory]
    [InlineData("shgad sar el mu7adathat? months?", new[] { "shgad sar el mu7adathat, months?" })]
    [InlineData("who attacked the bases? militias?", new[] { "who attacked the bases, militias?" })]
    [InlineData("when do they leave? why?", new[] { "when do they leave?", "why?" })]
    [InlineData("شكد جندي امريكي بالعراق؟ وبسوريا؟", new[] { "شكد جندي امريكي بالعراق؟", "وبسوريا؟" })]
    [InlineData("ليش هالگد طويلة؟ سنتين؟", new[] { "ليش هالگد طويلة؟", "سنتين؟" })]
    public void Split_OneBareLatinWordAfterAQuestion_NarrowsItInsteadOfAskingAlone(string message, string[] expected)
    {
        Assert.Equal(expected, splitter.Split(message));
    }

    [Theory]
    [InlineData("so my uncle in Erbil told me they might leave soon but nobody knows when and I wanted to ask you when do the americans leave erbil", "when do the americans leave erbil")]
    [InlineData("اني جنت اقرا الاخبار وعمي كلي محد يعرف شوكت فحبيت اسالك شوكت يطلعون من اربيل", "شوكت يطلعون من اربيل")]
    [InlineData("when do they leave erbil", null)]
    [InlineData("I live in Erbil", null)]
    public void LastQuestion_StoryBeforeTheQuestion_ReturnsTheQuestionFromItsLastQuestionWord(string part, string? expected)
    {
        Assert.Equal(expected, splitter.LastQuestion(part));
    }

    [Fact]
    public void Split_FiftyQuestions_ReturnsEveryOne()
    {
        var message = string.Join(' ', Enumerable.Repeat("when do they leave Erbil? why was it postponed?", 25));

        Assert.Equal(50, splitter.Split(message).Count);
    }
}
