using WithdrawalBot.Core.Replies;

namespace WithdrawalBot.Core.Tests.Replies;

public sealed class ReplyPhrasesTests
{
    [Fact]
    public void Default_EmbeddedFile_HasEveryPhraseInBothLanguages()
    {
        var phrases = ReplyPhrases.Default;

        var texts = typeof(ReplyPhrases).GetProperties().Where(p => p.PropertyType == typeof(WithdrawalBot.Core.Knowledge.LocalizedText)).Select(p => (WithdrawalBot.Core.Knowledge.LocalizedText)p.GetValue(phrases)!).ToArray();

        Assert.True(texts.Length >= 30);
        Assert.All(texts, t => Assert.False(string.IsNullOrWhiteSpace(t.Arabic) || string.IsNullOrWhiteSpace(t.English)));
    }

    [Fact]
    public void Parse_MissingPhrase_ThrowsNamingIt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReplyPhrases.Parse("""{ "refusal": { "ar": "لا", "en": "No" } }"""));

        Assert.Contains("refusalScope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingLanguage_ThrowsNamingPhrase()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ReplyPhrases.Parse("""{ "refusal": { "en": "No" } }"""));

        Assert.Contains("\"refusal\" needs both", error.Message, StringComparison.Ordinal);
    }
}
