using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Terminal;

/// <summary>Checks that <c>Console:Language</c>, when set, names a language the bot speaks.</summary>
public sealed class ConsoleChatOptionsValidator : IValidateOptions<ConsoleChatOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, ConsoleChatOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.Language) || LanguageCodes.TryParse(options.Language) is not null
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Console:Language \"{options.Language}\" is not a language the bot speaks: use ar or en (or leave it empty).");
    }
}
