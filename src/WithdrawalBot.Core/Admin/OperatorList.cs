using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Messages;

namespace WithdrawalBot.Core.Admin;

/// <summary>The operators from <see cref="AdminOptions.UserIds"/>, parsed once.</summary>
public sealed class OperatorList(IOptions<AdminOptions> options)
{
    private readonly OperatorId[] operators = [.. options.Value.UserIds.Select(OperatorId.TryParse).OfType<OperatorId>()];

    /// <summary>How many operators are configured.</summary>
    public int Count => operators.Length;

    /// <summary>True when the message's sender is a configured operator on the message's platform; false without a sender.</summary>
    public bool IsOperator(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Sender is { Id: { Length: > 0 } id } && operators.Any(o => o.Matches(message.Chat.Platform, id));
    }
}
