using Microsoft.Extensions.Options;

namespace WithdrawalBot.Core.Admin;

/// <summary>Fails start-up when an <c>Admin:UserIds</c> entry is not <c>platform:id</c> (Telegram and Discord ids numeric) or a bare id, naming the entry.</summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var bad = options.UserIds.Where(entry => OperatorId.TryParse(entry) is null).ToList();
        return bad.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Admin:UserIds entry '{bad[0]}' is not a user id: use telegram:123456789, discord:80351110224678912, console:NAME, or a bare id for any platform (Telegram and Discord user ids are numbers).");
    }
}
