using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Evaluation;

namespace WithdrawalBot.Core.Tests.Routing;

/// <summary>A message putting one of the report's places in another it does not put it in is read as such; nothing else is.</summary>
public sealed class LocationClaimTests
{
    private static readonly LocationClaim Locations = new(EvaluationSet.Knowledge, EvaluationSet.Matcher);

    [Theory]
    [InlineData("Ain al-Asad is in Kurdistan right?", "ain-al-asad-leave-by-september-2025", "Ain al-Asad", "Kurdistan")]
    [InlineData("ain al asad located in the Baghdad region", "ain-al-asad-leave-by-september-2025", "ain al asad", "Baghdad")]
    [InlineData("Is Ain al-Asad in Iraqi Kurdistan?", "ain-al-asad-leave-by-september-2025", "Ain al-Asad", "Iraqi Kurdistan")]
    [InlineData("Is Erbil in Syria?", "erbil-stay-until-end-2026", "Erbil", "Syria")]
    [InlineData("عين الاسد بكردستان صح؟", "ain-al-asad-leave-by-september-2025", "عين الاسد", "كردستان")]
    [InlineData("قاعدة عين الأسد تقع في محافظة أربيل؟", "ain-al-asad-leave-by-september-2025", "قاعدة عين الأسد", "أربيل")]
    [InlineData("اربيل بسوريا؟", "erbil-stay-until-end-2026", "اربيل", "سوريا")]
    public void Misplaced_PlaceJoinedToOneTheReportDoesNotPutItIn_IsThePlaceWhereAndTheFact(string message, string factId, string place, string claimed)
    {
        var misplaced = Locations.Misplaced(message);

        Assert.NotNull(misplaced);
        Assert.Equal((factId, place, claimed), (misplaced.Value.Fact.Id, misplaced.Value.Place, misplaced.Value.Claimed));
    }

    [Theory]
    [InlineData("Ain al-Asad is in Anbar right?")] // where the report puts it
    [InlineData("Ain al-Asad in western Iraq")] // in what holds Anbar
    [InlineData("Erbil is in Kurdistan")]
    [InlineData("اربيل باقليم كوردستان")]
    [InlineData("US troops at Ain al-Asad and Baghdad")] // "and" puts nothing anywhere
    [InlineData("do forces stay in Erbil to fight ISIS in Syria?")]
    [InlineData("troops leave Ain al-Asad in September 2025")] // a year is no place
    [InlineData("Is the base in Anbar Ain al-Asad?")] // nothing between the names says where
    [InlineData("How many troops are in Iraq and Syria?")] // neither is put anywhere by the report
    [InlineData("When do troops leave Erbil?")]
    [InlineData("")]
    public void Misplaced_NoPlacePutWhereTheReportDoesNot_IsNull(string message) => Assert.Null(Locations.Misplaced(message));
}
