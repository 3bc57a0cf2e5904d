using System.Buffers;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Routing;

/// <summary>
/// Reads a message that puts one of the report's places in another it does not put it in (<see cref="Lexicon.Locations"/>):
/// "Ain al-Asad is in Kurdistan, right?", "عين الاسد بكردستان صح؟", "Is Erbil in Syria?" (the report puts Ain al-Asad in
/// western Anbar, ¶17, and Erbil in Kurdistan, ¶18). The two names must be joined by words that say where ("is in",
/// "located in", "في", "تقع في", a ب joined to the second); "Ain al-Asad and Baghdad", "Erbil, to fight ISIS in Syria" put
/// nothing anywhere. A place inside another is inside what holds that one too, so "Erbil in northern Iraq" is no claim
/// to correct. Immutable after construction and thread-safe.
/// </summary>
public sealed class LocationClaim
{
    /// <summary>Words that may stand between a place and where it is said to be, normalized ("is", "located", "province", "تقع", "محافظه").</summary>
    private static readonly HashSet<string> Joining = new(
        ["is", "are", "was", "were", "s", "located", "situated", "based", "lies", "lie", "sits", "found", "the", "province", "governorate",
         "region", "part", "iraqi", "northern", "southern", "western", "eastern", "north", "south", "west", "east", "central", "air", "base", "airbase",
         "هي", "هو", "تقع", "يقع", "موجوده", "موجود", "محافظه", "اقليم", "منطقه", "بمحافظه", "باقليم", "بمنطقه", "شمال", "غرب", "جنوب", "شرق",
         "بشمال", "بغرب", "بجنوب", "بشرق", "شمالي", "غربي", "الغربيه", "الشماليه", "قاعده", "الجويه"],
        StringComparer.Ordinal);

    /// <summary>Words among <see cref="Joining"/> that say where, one of which must stand between the names ("in", "في") unless the second carries a ب.</summary>
    private static readonly HashSet<string> Where = new(
        ["in", "inside", "within", "at", "of", "في", "داخل", "ضمن", "بمحافظه", "باقليم", "بمنطقه", "بشمال", "بغرب", "بجنوب", "بشرق"],
        StringComparer.Ordinal);

    private static readonly char[] Punctuation = ['?', '؟', '.', ',', '،', '!', '"', '«', '»', '“', '”', ':', ';', '؛', '(', ')'];

    /// <summary>The longest name of a place, in words, read as one ("ain al asad", "قاعدة عين الأسد").</summary>
    private const int MaxNameWords = 3;

    private readonly IntentMatcher matcher;
    private readonly Dictionary<int, (HashSet<int> Within, Fact Fact)> located = [];

    /// <summary>
    /// The words of the places' names (not years) as written and normalized, without their article, of three letters or
    /// more but "Ain" ("Asad", "اسد", "Anbar", "انبار", "Erbil", "Syria"), so that a name of two words counts once: every
    /// message routed is checked, and most name one place or none, which a search of the text tells without reading its words.
    /// </summary>
    private readonly SearchValues<string> placeNames;

    /// <summary>Reads <paramref name="knowledge"/>'s locations, each place's name as <paramref name="matcher"/> reads it.</summary>
    /// <exception cref="ArgumentException">A location names a place <paramref name="matcher"/> does not read as one, or no fact names it (the loader checks both).</exception>
    public LocationClaim(KnowledgeBase knowledge, IntentMatcher matcher)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(matcher);
        this.matcher = matcher;
        var direct = new Dictionary<int, HashSet<int>>();
        foreach (var location in knowledge.Lexicon.Locations)
        {
            var (place, inside) = (PlaceOf(location.Place), PlaceOf(location.In));
            var fact = location.FactIn(knowledge.Facts) ?? throw new ArgumentException($"No fact names {location.Place} (¶{location.Paragraph}).", nameof(knowledge));
            if (!direct.TryGetValue(place, out var holders))
            {
                direct[place] = holders = [];
            }

            holders.Add(inside);
            located.TryAdd(place, ([], fact));
        }

        string[] names = [.. knowledge.Lexicon.Places.SelectMany(group => group).SelectMany(name => name.Split(' ', '-').Concat(WordNormalizer.Tokenize(name)))
            .Select(word => word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word)
            .Where(word => word.Length >= 3 && !char.IsAsciiDigit(word[0]) && word is not ("Ain" or "عين")).Distinct(StringComparer.OrdinalIgnoreCase)];
        placeNames = SearchValues.Create(names, StringComparison.OrdinalIgnoreCase);
        foreach (var (place, (within, _)) in located)
        {
            // Inside what holds what holds it: Ain al-Asad in Anbar, Anbar in Iraq.
            var open = new Queue<int>([place]);
            while (open.TryDequeue(out var next))
            {
                foreach (var holder in direct.GetValueOrDefault(next) ?? [])
                {
                    if (within.Add(holder))
                    {
                        open.Enqueue(holder);
                    }
                }
            }
        }
    }

    /// <summary>
    /// The place <paramref name="cleaned"/> puts somewhere the report does not, as typed ("Ain al-Asad"), where it puts it,
    /// as typed ("Kurdistan", "كردستان" of "بكردستان"), and the fact saying what the report says of the place (¶17);
    /// <c>null</c> when the message puts none of the report's located places in another place.
    /// </summary>
    /// <param name="cleaned">The message, cleaned for matching.</param>
    public (Fact Fact, string Place, string Claimed)? Misplaced(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        // Most messages name one place or none, which their text, then their terms, tell without reading each word.
        if (!NamesTwoPlaces(cleaned))
        {
            return null;
        }

        var places = matcher.QueryTerms(cleaned).Where(term => !ParagraphFinder.IsNumber(term)).Select(matcher.PlaceOf).Where(place => place >= 0).ToHashSet();
        if (places.Count < 2 || !places.Overlaps(located.Keys))
        {
            return null;
        }

        string[] typed = [.. cleaned.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Trim(Punctuation)).Where(word => word.Length > 0)];
        var names = Names(typed);
        for (var i = 0; i < names.Count; i++)
        {
            var (place, start, end) = names[i];
            if (!located.TryGetValue(place, out var where))
            {
                continue;
            }

            // "Ain al-Asad is in Iraqi Kurdistan": every name joined on after it.
            for (var j = i + 1; j < names.Count && Joined(typed, names[j - 1].End, names[j].Start); j++)
            {
                if (names[j].Place != place && !where.Within.Contains(names[j].Place))
                {
                    return (where.Fact, string.Join(' ', typed[start..end]), WithoutParticle(string.Join(' ', typed[names[j].Start..names[j].End]), names[j].Place));
                }
            }
        }

        return null;
    }

    /// <summary>Whether two words of <paramref name="cleaned"/> hold a word of a place's name (<see cref="placeNames"/>).</summary>
    private bool NamesTwoPlaces(string cleaned)
    {
        var rest = cleaned.AsSpan();
        for (var found = 0; rest.IndexOfAny(placeNames) is >= 0 and var at; found++)
        {
            if (found == 1)
            {
                return true;
            }

            var end = rest[at..].IndexOf(' ');
            rest = end < 0 ? [] : rest[(at + end)..];
        }

        return false;
    }

    /// <summary>The runs of <paramref name="typed"/> words that name one of the report's places (not a year), in order, each with its place and its words' range.</summary>
    private List<(int Place, int Start, int End)> Names(string[] typed)
    {
        var place = new int[typed.Length];
        Array.Fill(place, -1);
        var found = new List<(int Place, int Start, int End)>();
        for (var length = MaxNameWords; length >= 1; length--)
        {
            for (var start = 0; start + length <= typed.Length; start++)
            {
                if (place.AsSpan(start, length).ContainsAnyExcept(-1)
                    || (length > 1 && (matcher.QueryTerms(typed[start]).Count == 0 || matcher.QueryTerms(typed[start + length - 1]).Count == 0)))
                {
                    continue;
                }

                var terms = matcher.QueryTerms(string.Join(' ', typed[start..(start + length)]));
                if ((length == 1 ? terms.FirstOrDefault(term => matcher.IsPlace(term) && !ParagraphFinder.IsNumber(term)) : terms is [var name] && !ParagraphFinder.IsNumber(name) ? name : null) is { } named)
                {
                    place.AsSpan(start, length).Fill(matcher.PlaceOf(named));
                    found.Add((matcher.PlaceOf(named), start, start + length));
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Whether the words from <paramref name="end"/> to <paramref name="start"/> put what comes before them in what comes
    /// after: all of them <see cref="Joining"/> words with one that says where, or none and a ب joined to the next name ("عين الاسد بكردستان").
    /// </summary>
    private static bool Joined(string[] typed, int end, int start)
    {
        var between = WordNormalizer.Tokenize(string.Join(' ', typed[end..start]));
        return between.TrueForAll(word => Joining.Contains(word) || Where.Contains(word))
            && (between.Exists(Where.Contains) || WordNormalizer.Tokenize(typed[start]) is [var next, ..] && next.StartsWith('ب'));
    }

    /// <summary>A name as the reply quotes it: without a ب or في joined to it when the rest still names the place ("بكردستان" → "كردستان").</summary>
    private string WithoutParticle(string name, int place) =>
        name.Length > 2 && name[0] is 'ب' or 'ف' or 'و' or 'ل' && matcher.QueryTerms(name[1..]).Any(term => matcher.PlaceOf(term) == place) ? name[1..] : name;

    /// <summary>The place a location's name reads as (<see cref="IntentMatcher.PlaceOf"/>).</summary>
    /// <exception cref="ArgumentException">The name reads as no place.</exception>
    private int PlaceOf(string name) =>
        matcher.QueryTerms(name).Select(matcher.PlaceOf).FirstOrDefault(place => place >= 0, -1) is >= 0 and var place
            ? place
            : throw new ArgumentException($"\"{name}\" reads as no place.", nameof(name));
}
