using WithdrawalBot.Terminal;

namespace WithdrawalBot.Tests.Terminal;

public sealed class ConsoleChatOptionsValidatorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ar")]
    [InlineData("EN")]
    [InlineData("عربي")]
    public void Validate_EmptyOrKnownLanguage_Succeeds(string? language)
    {
        Assert.True(new ConsoleChatOptionsValidator().Validate(null, new ConsoleChatOptions { Language = language }).Succeeded);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("arabic-iraqi")]
    public void Validate_UnknownLanguage_FailsNamingIt(string language)
    {
        var result = new ConsoleChatOptionsValidator().Validate(null, new ConsoleChatOptions { Language = language });

        Assert.True(result.Failed);
        Assert.Contains($"Console:Language \"{language}\"", result.FailureMessage, StringComparison.Ordinal);
    }
}
