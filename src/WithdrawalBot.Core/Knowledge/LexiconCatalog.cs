using static WithdrawalBot.Core.Knowledge.KnowledgeJson;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Loads and validates <c>lexicon.json</c>.</summary>
public static class LexiconCatalog
{
    /// <summary>The file's name inside the knowledge directory.</summary>
    public const string FileName = "lexicon.json";

    /// <summary>Reads <c>lexicon.json</c> from <paramref name="knowledgeDirectory"/>.</summary>
    /// <remarks>
    /// Besides <c>arabic</c> and <c>english</c>, the optional sections <c>offTopic</c>, <c>statusCues</c>, <c>nowCues</c>, <c>questionWords</c>, <c>introductions</c>, <c>claimCues</c>, <c>countClaimCues</c> and <c>uncounted</c> hold
    /// word lists by language (<c>{ "ar": [...], "en": [...] }</c>) and <c>places</c> holds one list of names per
    /// place (<c>[["Syria", "سوريا"], ...]</c>), as <c>mentions</c> does per name only look-ups use, <c>locations</c> puts a place in
    /// another (<c>[{ "place": "Erbil", "in": "Kurdistan", "paragraph": 18 }, ...]</c>), and <c>answerKinds</c> maps a kind's name to the words that ask for it
    /// (<c>{ "quantity": ["how many", "كم"], ... }</c>); see <see cref="Lexicon.OffTopicNames"/>,
    /// <see cref="Lexicon.Places"/>, <see cref="Lexicon.Mentions"/>, <see cref="Lexicon.Locations"/>, <see cref="Lexicon.StatusCues"/>, <see cref="Lexicon.NowCues"/>, <see cref="Lexicon.QuestionWords"/>, <see cref="Lexicon.Introductions"/>, <see cref="Lexicon.ClaimCues"/>, <see cref="Lexicon.CountClaimCues"/>, <see cref="Lexicon.UncountedThings"/> and <see cref="Lexicon.AnswerKinds"/>.
    /// </remarks>
    /// <exception cref="KnowledgeValidationException">Missing or malformed file, a blank dialect key or value, a synonym group with fewer than two words, a place or mention group without names, a location naming no place, or an answer kind without words.</exception>
    public static Lexicon Load(string knowledgeDirectory)
    {
        var file = Read<LexiconFile>(knowledgeDirectory, FileName);
        var dialect = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in file.Arabic?.Dialect ?? [])
        {
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(value))
            {
                throw new KnowledgeValidationException(FileName, $"arabic.dialect \"{key}\"", "dialect entries need a word and its Modern Standard Arabic meaning.");
            }

            dialect[key.Trim()] = value.Trim();
        }

        return new Lexicon(
            dialect,
            Groups(file.Arabic?.Synonyms, "arabic.synonyms"),
            Words(file.Arabic?.Stopwords),
            Groups(file.English?.Synonyms, "english.synonyms"),
            Words(file.English?.Stopwords))
        {
            OffTopicNames = [.. Words(file.OffTopic?.Ar), .. Words(file.OffTopic?.En)],
            StatusCues = [.. Words(file.StatusCues?.Ar), .. Words(file.StatusCues?.En)],
            NowCues = [.. Words(file.NowCues?.Ar), .. Words(file.NowCues?.En)],
            QuestionWords = [.. Words(file.QuestionWords?.Ar), .. Words(file.QuestionWords?.En)],
            Introductions = [.. Words(file.Introductions?.Ar), .. Words(file.Introductions?.En)],
            ClaimCues = [.. Words(file.ClaimCues?.Ar), .. Words(file.ClaimCues?.En)],
            CountClaimCues = [.. Words(file.CountClaimCues?.Ar), .. Words(file.CountClaimCues?.En)],
            UncountedThings = [.. Words(file.Uncounted?.Ar), .. Words(file.Uncounted?.En)],
            Places = NameGroups(file.Places, "places"),
            Mentions = NameGroups(file.Mentions, "mentions"),
            Locations = Locations(file.Locations, file.Places),
            CrossLanguage = CrossLanguageGroups(file.CrossLanguage),
            AnswerKinds = AnswerKinds(file.AnswerKinds),
        };
    }

    /// <summary>
    /// Checks each of <paramref name="lexicon"/>'s <see cref="Lexicon.Locations"/> against the article and the facts: its
    /// paragraph is one of the article's, and a fact citing it names the place in its English answer
    /// (<see cref="PlaceLocation.FactIn"/>), which is what a message putting the place elsewhere is answered with.
    /// </summary>
    /// <exception cref="KnowledgeValidationException">A location's paragraph is not the article's, or no fact citing it names the place.</exception>
    public static void CheckLocations(Lexicon lexicon, Article article, IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(article);
        for (var i = 0; i < lexicon.Locations.Count; i++)
        {
            var location = lexicon.Locations[i];
            if (location.Paragraph > article.ParagraphCount)
            {
                throw new KnowledgeValidationException(FileName, $"locations #{i + 1}", $"unknown paragraph {location.Paragraph}: the article has {article.ParagraphCount}.");
            }

            if (location.FactIn(facts) is null)
            {
                throw new KnowledgeValidationException(FileName, $"locations #{i + 1}", $"no fact citing paragraph {location.Paragraph} names \"{location.Place}\" in its English answer: the reply to a message putting it elsewhere needs one.");
            }
        }
    }

    private static IReadOnlyList<string>[] Groups(List<List<string?>?>? groups, string field)
    {
        if (groups is null)
        {
            return [];
        }

        var result = new IReadOnlyList<string>[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var words = Words(groups[i]);
            if (words.Length < 2)
            {
                throw new KnowledgeValidationException(FileName, $"{field} group #{i + 1}", "a synonym group needs at least two words.");
            }

            result[i] = words;
        }

        return result;
    }

    private static IReadOnlyList<string>[] NameGroups(List<List<string?>?>? groups, string field)
    {
        var result = new List<IReadOnlyList<string>>();
        for (var i = 0; i < (groups?.Count ?? 0); i++)
        {
            var names = Words(groups![i]);
            if (names.Length == 0)
            {
                throw new KnowledgeValidationException(FileName, $"{field} group #{i + 1}", "a group needs at least one name.");
            }

            result.Add(names);
        }

        return [.. result];
    }

    /// <exception cref="KnowledgeValidationException">A group lacks an English or an Arabic word.</exception>
    private static IReadOnlyList<string>[] CrossLanguageGroups(List<List<string?>?>? groups)
    {
        var result = NameGroups(groups, "crossLanguage");
        for (var i = 0; i < result.Length; i++)
        {
            if (!result[i].Any(WordNormalizer.IsArabic) || result[i].All(WordNormalizer.IsArabic))
            {
                throw new KnowledgeValidationException(FileName, $"crossLanguage group #{i + 1} ({string.Join(", ", result[i])})", "a group needs a word in English and one in Arabic.");
            }
        }

        return result;
    }

    private static Dictionary<string, IReadOnlyList<string>> AnswerKinds(Dictionary<string, List<string?>?>? kinds)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (kind, cues) in kinds ?? [])
        {
            var words = Words(cues);
            if (string.IsNullOrWhiteSpace(kind) || words.Length == 0)
            {
                throw new KnowledgeValidationException(FileName, $"answerKinds \"{kind}\"", "an answer kind needs a name and at least one word that asks for it.");
            }

            result[kind.Trim()] = words;
        }

        return result;
    }

    /// <exception cref="KnowledgeValidationException">An entry names no place of <c>places</c>, puts a place in itself, or has no paragraph.</exception>
    private static PlaceLocation[] Locations(List<LocationJson?>? locations, List<List<string?>?>? places)
    {
        var names = (places ?? []).Select((group, index) => (Names: Words(group), Index: index))
            .SelectMany(group => group.Names.Select(name => (Name: name, group.Index)))
            .ToLookup(name => name.Name, name => name.Index, StringComparer.OrdinalIgnoreCase);
        var result = new PlaceLocation[locations?.Count ?? 0];
        for (var i = 0; i < result.Length; i++)
        {
            var entry = locations![i];
            var name = $"locations #{i + 1}";
            if (entry is null || string.IsNullOrWhiteSpace(entry.Place) || string.IsNullOrWhiteSpace(entry.In) || entry.Paragraph < 1)
            {
                throw new KnowledgeValidationException(FileName, name, "a location needs \"place\", \"in\" and the \"paragraph\" (from 1) that says so.");
            }

            var (place, inside) = (entry.Place.Trim(), entry.In.Trim());
            var (placeGroup, insideGroup) = (names[place].FirstOrDefault(-1), names[inside].FirstOrDefault(-1));
            if (placeGroup < 0 || insideGroup < 0)
            {
                throw new KnowledgeValidationException(FileName, name, $"\"{(placeGroup < 0 ? place : inside)}\" is not a name in \"places\": write a place's name as \"places\" does.");
            }

            if (placeGroup == insideGroup)
            {
                throw new KnowledgeValidationException(FileName, name, $"\"{place}\" is put in itself.");
            }

            result[i] = new PlaceLocation(place, inside, entry.Paragraph);
        }

        return result;
    }

    private static string[] Words(List<string?>? words) =>
        words is null ? [] : [.. words.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w!.Trim())];

    private sealed record LexiconFile(ArabicJson? Arabic, EnglishJson? English, WordLists? OffTopic, WordLists? StatusCues, WordLists? NowCues, WordLists? QuestionWords, WordLists? Introductions, WordLists? ClaimCues, WordLists? CountClaimCues, WordLists? Uncounted, List<List<string?>?>? Places, List<List<string?>?>? Mentions, List<LocationJson?>? Locations, List<List<string?>?>? CrossLanguage, Dictionary<string, List<string?>?>? AnswerKinds);

    private sealed record LocationJson(string? Place, string? In, int Paragraph);

    private sealed record WordLists(List<string?>? Ar, List<string?>? En);

    private sealed record ArabicJson(Dictionary<string, string?>? Dialect, List<List<string?>?>? Synonyms, List<string?>? Stopwords);

    private sealed record EnglishJson(List<List<string?>?>? Synonyms, List<string?>? Stopwords);
}
