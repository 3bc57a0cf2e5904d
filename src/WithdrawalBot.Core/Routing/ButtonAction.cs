using WithdrawalBot.Core.Languages;

namespace WithdrawalBot.Core.Routing;

/// <summary>A tapped button, read back from its payload (see <see cref="ButtonPayloads"/>).</summary>
/// <param name="Kind">What the button does.</param>
/// <param name="FactId">The fact it refers to (not yet checked against the knowledge base).</param>
public sealed record ButtonAction(ButtonActionKind Kind, string FactId)
{
    /// <summary>The language of the reply the button was under (its label's language); <c>null</c> when the payload does not say.</summary>
    public Language? Language { get; init; }
}
