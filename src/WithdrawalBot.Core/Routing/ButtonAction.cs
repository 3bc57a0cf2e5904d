namespace WithdrawalBot.Core.Routing;

/// <summary>A tapped button, read back from its payload (see <see cref="ButtonPayloads"/>).</summary>
/// <param name="Kind">What the button does.</param>
/// <param name="FactId">The fact it refers to (not yet checked against the knowledge base).</param>
public sealed record ButtonAction(ButtonActionKind Kind, string FactId);
