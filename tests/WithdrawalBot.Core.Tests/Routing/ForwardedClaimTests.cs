using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>A forwarded rumour followed by "is this true?" is checked as the claim its figures make.</summary>
public sealed class ForwardedClaimTests
{
    [Theory]
    [InlineData("BREAKING: US and Iraq reach deal on troop withdrawal!!! all US troops out of Iraq by September 2025. Share with everyone\nis this true??", "is it true that all US troops out of Iraq by September 2025?")]
    [InlineData("الامريكان اتفقوا ويا العراق. كل الجنود يطلعون بأيلول 2025. صحيح هالحچي؟", "صحيح كل الجنود يطلعون بأيلول 2025؟")]
    [InlineData("5,000 US troops are in Iraq! Real or fake?", "is it true that 5,000 US troops are in Iraq?")]
    [InlineData("خبر عاجل: 3000 جندي امريكي بالعراق\nهل هذا صحيح؟", "صحيح 3000 جندي امريكي بالعراق؟")]
    public void Read_StatementsWithFiguresThenATruthQuestion_AreTheClaim(string text, string claim) =>
        Assert.Equal(claim, ForwardedClaim.Read(text));

    [Theory]
    [InlineData("US and Iraq reach deal on troop withdrawal. is this true?")]
    [InlineData("is this true?")]
    [InlineData("when do troops leave Erbil in 2026? is this true?")]
    [InlineData("All troops leave by September 2025. When is the announcement?")]
    [InlineData("")]
    public void Read_NoFigureBeforeOrNoTruthQuestion_IsNull(string text) => Assert.Null(ForwardedClaim.Read(text));

    [Fact]
    public void Read_AHugeForward_ClipsTheClaim()
    {
        var forward = string.Concat(Enumerable.Repeat("Share with everyone! ", 3000)) + "All " + string.Concat(Enumerable.Repeat("very ", 200))
            + "many, 2,500 US troops leave Iraq by September 2025.\nis this true?";

        var claim = ForwardedClaim.Read(forward);

        Assert.NotNull(claim);
        Assert.True(claim.Length <= ForwardedClaim.MaxClaimLength + "is it true that ?".Length);
    }

    [Theory]
    [InlineData("Reuters (06/09/2024): hundreds of troops leave by September 2025.\nreal or fake?", "is it true that hundreds of troops leave by September 2025?")]
    [InlineData("US soldiers killed in Iraq: 30 according to sources.\nCall 0770 123 4567 for more.\nreal or fake?", "is it true that US soldiers killed in Iraq: 30 according to sources?")]
    [InlineData("الامريكان عدهم 2500 جندي بالعراق\nhttps://www.reuters.com/world/middle-east/us-iraq-2024-09-06/\nصحيح هالحچي؟", "صحيح الامريكان عدهم 2500 جندي بالعراق؟")]
    public void Read_LinksPhoneNumbersAndPostingDates_AreNoFiguresClaimed(string text, string claim) =>
        Assert.Equal(claim, ForwardedClaim.Read(text));

    [Theory]
    [InlineData("Forwarded message:\n> Reuters: 5 American soldiers killed in Erbil yesterday, 40 wounded.\n> Forward to 10 groups\nreal or fake?", "is it true that 5 American soldiers killed in Erbil yesterday, 40 wounded?")]
    [InlineData("[Forwarded from Iraq News]\n*URGENT*: 3000 US troops in Iraq\n_share_\nanyone confirm?", "is it true that 3000 US troops in Iraq?")]
    [InlineData("منقول من واتساب:\nالامريكان عدهم 5000 جندي بالعراق\nانشرها بكل الكروبات\nاحد يأكد؟", "صحيح الامريكان عدهم 5000 جندي بالعراق؟")]
    public void Read_ForwardHeadersAndPassItOnLines_AreNotTheClaim(string text, string claim) =>
        Assert.Equal(claim, ForwardedClaim.Read(text));

    [Fact]
    public void Read_ASpanOfYears_IsNoPhoneNumber() =>
        Assert.Equal("is it true that the withdrawal runs 2025-2026?", ForwardedClaim.Read("the withdrawal runs 2025-2026.\nis this true?"));

    [Fact]
    public void Read_FiguresInSeveralSentences_IsLeftToBeReadAsItIs() =>
        Assert.Null(ForwardedClaim.Read("US invaded Iraq in 2003, withdrew in 2011. ISIS was defeated in Iraq in 2017.\nis this true?"));

    [Theory]
    [InlineData("مصادر: ثلاث جنود قتلوا\nللمزيد https://t.me/news_iq_2024\nصحيح هالحچي؟", "https://")]
    [InlineData("troops leave Erbil.\nCall 0770 123 4567\nis this true?", "0770")]
    [InlineData("منقول من واتساب: عاجل امريكا تسحب كل قواتها من العراق خلال 48 ساعة 🔥🔥 صحيح هالحچي؟", "منقول")]
    public void WithoutNoise_AForwardWithALinkOrAPhoneNumber_DropsThem(string text, string dropped)
    {
        var plain = ForwardedClaim.WithoutNoise(text);

        Assert.NotNull(plain);
        Assert.DoesNotContain(dropped, plain, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("when do troops leave Erbil? https://t.me/x")]
    [InlineData("troops leave Erbil.\nis this true?")]
    public void WithoutNoise_NoTruthQuestionOrNothingToDrop_IsNull(string text) => Assert.Null(ForwardedClaim.WithoutNoise(text));

    [Theory]
    [InlineData("BREAKING: US and Iraq reach deal on troop withdrawal!!! all US troops out of Iraq by September 2025. Share with everyone\nis this true??", "The report does not give “September 2025” for this.")]
    [InlineData("الامريكان اتفقوا ويا العراق. كل الجنود يطلعون بأيلول 2025. صحيح هالحچي؟", "لا يذكر التقرير «أيلول 2025» لهذا.")]
    [InlineData("I heard 3000 troops are in Iraq. is this true?", "The report does not say “3000”.")]
    [InlineData("Forwarded message:\n> Reuters: 5 American soldiers killed in Erbil yesterday, 40 wounded.\n> Forward to 10 groups\nreal or fake?", "The report does not give “5”, “Erbil”, “40” for this.")]
    [InlineData("Copied from a channel:\nThe agreement was signed in Baghdad on 6 September 2024 by Biden and Sudani.\nreal or fake?", "The report does not give “Baghdad”, “6 September 2024”, “Biden”, “Sudani” for this.")]
    [InlineData("WhatsApp says Sudani signed the deal in Washington on 15 September 2024. true?", "The report does not give “Sudani”, “15 September 2024” for this.")]
    [InlineData("منقول من واتساب: عاجل امريكا تسحب كل قواتها من العراق خلال 48 ساعة 🔥🔥 صحيح هالحچي؟", "لا يذكر التقرير «48 ساعة».")]
    [InlineData("is it true the US will pull all its troops out of Iraq within 48 hours?", "The report does not say “48 hours”.")]
    [InlineData("are there 5000 US troops in Iraq?", "The report does not say “5000”.")]
    [InlineData("اكو 10000 جندي امريكي بالبصرة؟ 😳", "لا يذكر التقرير «10000»، «بالبصرة» لهذا.")]
    public async Task HandleAsync_ForwardedRumourThenIsThisTrue_SaysWhatTheReportDoesNotGive(string text, string opening)
    {
        var reply = await EvaluationSet.Bot().SendAsync(RouterFixture.Private(text));

        Assert.NotNull(reply);
        Assert.Equal(ReplyComposer.NotAsClaimedIntent, reply.Intent);
        Assert.StartsWith(opening, reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("is this true?")]
    [InlineData("is this true? 🤔")] // break 34: emoji and dots after the question
    [InlineData("is this true…")]
    [InlineData("fake or real?")]
    [InlineData("is this fake news?")]
    [InlineData("really?")]
    [InlineData("صحيح؟")]
    [InlineData("كذب؟")]
    [InlineData("صحيح هالحچي")]
    public void IsBareTruthQuestion_OnlyAskingWhetherItIsTrue_True(string text) => Assert.True(ForwardedClaim.IsBareTruthQuestion(text));

    [Theory]
    [InlineData("when do troops leave Erbil?")]
    [InlineData("is this true that they leave in 2025?")]
    [InlineData("")]
    [InlineData("🤔")]
    public void IsBareTruthQuestion_AQuestionOfItsOwnOrNothing_False(string text) => Assert.False(ForwardedClaim.IsBareTruthQuestion(text));
}
