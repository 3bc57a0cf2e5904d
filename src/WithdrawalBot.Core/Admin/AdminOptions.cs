namespace WithdrawalBot.Core.Admin;

/// <summary>
/// Who may use the operator commands (<c>/stats</c>, <c>/unanswered</c>). Section <c>Admin</c>.
/// </summary>
public sealed class AdminOptions
{
    /// <summary>The configuration section's name.</summary>
    public const string SectionName = "Admin";

    /// <summary>
    /// Operator user ids: <c>telegram:123</c>, <c>discord:456</c>, <c>console:alice</c>, or a bare id (<c>123</c>)
    /// that counts on every platform. Given as an array (<c>Admin__UserIds__0=telegram:123</c>) or one
    /// comma-separated value (<c>Admin__UserIds=telegram:123,discord:456</c>). Empty: nobody is an operator.
    /// </summary>
    public IList<string> UserIds { get; } = [];
}
