namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Where the report puts one of its places (<c>locations</c> of <c>lexicon.json</c>): Ain al-Asad in Anbar (¶17), Erbil in
/// Kurdistan (¶18). "Ain al-Asad is in Kurdistan, right?" is told the report does not put it there, then what it says of
/// Ain al-Asad; a place inside another is inside what holds that one too (Ain al-Asad in Anbar, Anbar in Iraq).
/// </summary>
/// <param name="Place">A name of one of <see cref="Lexicon.Places"/> ("Ain al-Asad").</param>
/// <param name="In">A name of the place the report puts it in ("Anbar"), also one of <see cref="Lexicon.Places"/>.</param>
/// <param name="Paragraph">The paragraph that says so, numbered from 1.</param>
public sealed record PlaceLocation(string Place, string In, int Paragraph)
{
    /// <summary>
    /// The fact that says what the report says of <see cref="Place"/>: of those citing <see cref="Paragraph"/> whose English
    /// answer names the place, the one citing fewest paragraphs, then the first in file order; <c>null</c> when none does.
    /// </summary>
    /// <param name="facts">The facts, in file order.</param>
    public Fact? FactIn(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Where(fact => fact.Citations.Any(c => c.Paragraph == Paragraph) && fact.Answer.English.Contains(Place, StringComparison.OrdinalIgnoreCase))
            .MinBy(fact => fact.Citations.Select(c => c.Paragraph).Distinct().Count());
    }
}
