using WithdrawalBot.Logging;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Logging;

public sealed class TokenRedactorTests
{
    private const string DiscordToken = "MTA5ODc2NTQzMjEwOTg3NjU0Mw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB";

    private static readonly TokenRedactor PatternsOnly = new([]);

    [Theory]
    [InlineData("GET https://api.telegram.org/bot{0}/getUpdates?offset=5")]
    [InlineData("token={0}")]
    [InlineData("{0}")]
    public void Redact_TelegramShapedTokenAnywhere_IsMasked(string template)
    {
        var text = PatternsOnly.Redact(string.Format(System.Globalization.CultureInfo.InvariantCulture, template, FakeBotApi.Token));

        Assert.DoesNotContain(FakeBotApi.Token, text, StringComparison.Ordinal);
        Assert.DoesNotContain("AAHfakeToken", text, StringComparison.Ordinal);
        Assert.Contains(TokenRedactor.Mask, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX", "400 Bad Request: secret AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX id /bot123456789", "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsawX")]
    [InlineData(DiscordToken, "401: signature abcdefghijklmnopqrstuvwxyz0123456789AB rejected", "abcdefghijklmnopqrstuvwxyz0123456789AB")]
    public void Redact_SecretHalfOfAConfiguredTokenEchoedAlone_IsMasked(string token, string text, string secretHalf)
    {
        var redacted = new TokenRedactor([token]).Redact(text);

        Assert.DoesNotContain(secretHalf, redacted, StringComparison.Ordinal);
        Assert.Contains(TokenRedactor.Mask, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_ShortTailOfAConfiguredValue_IsNotSearchedForAlone()
    {
        var redacted = new TokenRedactor(["webhook-secret:abc"]).Redact("the abc of it");

        Assert.Equal("the abc of it", redacted);
    }

    [Fact]
    public void Redact_DiscordShapedToken_IsMasked()
    {
        var text = PatternsOnly.Redact($"Authorization: Bot {DiscordToken}");

        Assert.Equal($"Authorization: Bot {TokenRedactor.Mask}", text);
    }

    [Fact]
    public void Redact_DiscordInteractionTokenInPath_IsMasked()
    {
        var text = PatternsOnly.Redact("POST /api/v10/interactions/786008729715212338/aW50ZXJhY3Rpb246Nzg2MDA4NzI5NzE1MjEyMzM4OnNlY3JldA/callback");

        Assert.Equal($"POST /api/v10/interactions/786008729715212338/{TokenRedactor.Mask}/callback", text);
    }

    [Theory]
    [InlineData("hook+secret/value==")]
    [InlineData("plain-secret-value")]
    public void Redact_ConfiguredSecret_IsMaskedAlsoWhenJsonOrUrlEscaped(string secret)
    {
        var redactor = new TokenRedactor([secret]);
        var escaped = System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(secret);

        var text = redactor.Redact($"raw {secret} json {escaped} url {Uri.EscapeDataString(secret)}");

        Assert.Equal($"raw {TokenRedactor.Mask} json {TokenRedactor.Mask} url {TokenRedactor.Mask}", text);
    }

    [Fact]
    public void Redact_SecretConfiguredWithSpacesAround_TrimmedValueMasked()
    {
        // The platforms trim a copy-pasted " token " before use, so the trimmed value is what can reach a log line.
        var redactor = new TokenRedactor(["  plain-secret-value \t"]);

        Assert.Equal($"sent {TokenRedactor.Mask}.", redactor.Redact("sent plain-secret-value."));
    }

    [Theory]
    [InlineData("2026-11-29T12:00:00.000Z info: started at 12:30 on port 8080")]
    [InlineData("OpenTelemetry 1.20.1 loaded, article paragraph 18")]
    [InlineData("ومن المتوقع أن تبقى القوات الأميركية في أربيل حتى نهاية عام 2026")]
    public void Redact_OrdinaryText_IsUnchanged(string text)
    {
        Assert.Same(text, new TokenRedactor(["abc", null, "", "secret-value-1"]).Redact(text));
    }
}
