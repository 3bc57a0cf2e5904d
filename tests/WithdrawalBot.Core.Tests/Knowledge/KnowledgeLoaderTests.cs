using System.Text.Json.Nodes;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Knowledge;

public sealed class KnowledgeLoaderTests
{
    private static readonly Dictionary<string, (string File, Action<JsonNode> Break)> Breakages = new()
    {
        ["unknown paragraph"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["paragraph"] = 99),
        ["paragraph zero"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["paragraph"] = 0),
        ["quote not verbatim"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["quote"] = "ومن المتوقع ان تبقى القوات"),
        ["quote from another paragraph"] = ("facts.json", root => Fact(root, 2)["citations"]![0]!["paragraph"] = 12),
        ["quote blank"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["quote"] = " "),
        ["quote of two letters"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["quote"] = "ال"),
        ["quote with a space at its end"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["quote"] = (string)Fact(root, 0)["citations"]![0]!["quote"]! + " "),
        ["quote with an invisible character"] = ("facts.json", root => Fact(root, 0)["citations"]![0]!["quote"] = ((string)Fact(root, 0)["citations"]![0]!["quote"]!).Insert(3, "\u200C")),
        ["duplicate id"] = ("facts.json", root => Fact(root, 1)["id"] = "erbil-stay"),
        ["missing English answer"] = ("facts.json", root => Fact(root, 1)["answer"]!.AsObject().Remove("en")),
        ["blank Arabic answer"] = ("facts.json", root => Fact(root, 1)["answer"]!["ar"] = "  "),
        ["summary without English"] = ("facts.json", root => Fact(root, 1)["summary"] = new JsonObject { ["ar"] = "نقطة" }),
        ["no English questions"] = ("facts.json", root => Fact(root, 2)["questions"]!["en"] = new JsonArray()),
        ["unknown milestone"] = ("facts.json", root => Fact(root, 0)["milestone"] = "no-such-milestone"),
        ["unknown related id"] = ("facts.json", root => Fact(root, 2)["related"] = new JsonArray("no-such-fact")),
        ["unknown next id"] = ("facts.json", root => Fact(root, 2)["next"] = "no-such-fact"),
        ["next is itself"] = ("facts.json", root => Fact(root, 2)["next"] = "troops-in-iraq"),
        ["no citations"] = ("facts.json", root => Fact(root, 3)["citations"] = new JsonArray()),
        ["id not kebab-case"] = ("facts.json", root => Fact(root, 3)["id"] = "Deal Reached"),
        ["notAbout entry of two words"] = ("facts.json", root => Fact(root, 2)["notAbout"] = new JsonArray("iraqi civilians")),
        ["duplicate intent"] = ("intents.json", root => root["intents"]![1]!["name"] = "greeting"),
        ["intent renamed"] = ("intents.json", root => root["intents"]![1]!["name"] = "helpp"),
        ["intent missing Arabic examples"] = ("intents.json", root => root["intents"]![0]!["examples"]!.AsObject().Remove("ar")),
        ["intent both courtesy and out of scope"] = ("intents.json", root =>
        {
            root["intents"]![0]!["courtesy"] = true;
            root["intents"]![0]!["outOfScope"] = true;
        }),
        ["synonym group of one"] = ("lexicon.json", root => root["english"]!["synonyms"]![0] = new JsonArray("leave")),
        ["answer kind without words"] = ("lexicon.json", root => root["answerKinds"] = new JsonObject { ["quantity"] = new JsonArray(" ") }),
        ["cross-language group in one language"] = ("lexicon.json", root => root["crossLanguage"] = new JsonArray(new JsonArray("why", "wy"))),
        ["mention without names"] = ("lexicon.json", root => root["mentions"] = new JsonArray(new JsonArray("Washington"), new JsonArray(" "))),
        ["location naming no place"] = ("lexicon.json", root => Locate(root, "Erbil", "Kurdistn", 18)),
        ["location in itself"] = ("lexicon.json", root => Locate(root, "Erbil", "أربيل", 18)),
        ["location without paragraph"] = ("lexicon.json", root => Locate(root, "Erbil", "Kurdistan", 0)),
        ["location of an unknown paragraph"] = ("lexicon.json", root => Locate(root, "Erbil", "Kurdistan", 25)),
        ["location no fact names"] = ("lexicon.json", root => Locate(root, "Erbil", "Kurdistan", 17)),
        ["source without date"] = ("source.json", root => root.AsObject().Remove("reportedOn")),
        ["gaps without English"] = ("source.json", root => root["gaps"]!.AsObject().Remove("en")),
        ["attribution of an unknown paragraph"] = ("attributions.json", root => root["attributions"]![2]!["paragraph"] = 25),
        ["attribution without English"] = ("attributions.json", root => root["attributions"]![7]!["saidBy"]!.AsObject().Remove("en")),
        ["paragraph attributed twice"] = ("attributions.json", root => root["attributions"]![4]!["paragraph"] = 4),
        ["paragraph without attribution"] = ("attributions.json", root => root["attributions"]!.AsArray().RemoveAt(23)),
    };

    public static TheoryData<string, string, string, string> BrokenCases => new()
    {
        { "unknown paragraph", "facts.json", "fact \"erbil-stay\"", "unknown paragraph 99" },
        { "paragraph zero", "facts.json", "fact \"erbil-stay\"", "unknown paragraph 0" },
        { "quote not verbatim", "facts.json", "fact \"erbil-stay\"", "not verbatim in paragraph 18" },
        { "quote from another paragraph", "facts.json", "fact \"troops-in-iraq\"", "not verbatim in paragraph 12" },
        { "quote blank", "facts.json", "fact \"erbil-stay\"", "too short: quote at least 2 words of paragraph 18" },
        { "quote of two letters", "facts.json", "fact \"erbil-stay\"", "too short" },
        { "quote with a space at its end", "facts.json", "fact \"erbil-stay\"", "starts or ends with a space" },
        { "quote with an invisible character", "facts.json", "fact \"erbil-stay\"", "the first 3 characters match; character 4, U+200C" },
        { "duplicate id", "facts.json", "fact \"erbil-stay\"", "duplicate id" },
        { "missing English answer", "facts.json", "fact \"erbil-why\"", "missing translation" },
        { "blank Arabic answer", "facts.json", "fact \"erbil-why\"", "missing translation" },
        { "summary without English", "facts.json", "fact \"erbil-why\"", "missing translation" },
        { "no English questions", "facts.json", "fact \"troops-in-iraq\"", "missing translation" },
        { "unknown milestone", "facts.json", "fact \"erbil-stay\"", "milestone \"no-such-milestone\"" },
        { "unknown related id", "facts.json", "fact \"troops-in-iraq\"", "related id \"no-such-fact\"" },
        { "unknown next id", "facts.json", "fact \"troops-in-iraq\"", "next id \"no-such-fact\" is not another fact" },
        { "next is itself", "facts.json", "fact \"troops-in-iraq\"", "next id \"troops-in-iraq\" is not another fact" },
        { "no citations", "facts.json", "fact \"deal-reached\"", "no citations" },
        { "id not kebab-case", "facts.json", "fact \"Deal Reached\"", "kebab-case" },
        { "notAbout entry of two words", "facts.json", "fact \"troops-in-iraq\"", "\"notAbout\" entry \"iraqi civilians\" must be one word" },
        { "duplicate intent", "intents.json", "intent \"greeting\"", "duplicate name" },
        { "intent renamed", "intents.json", "intent \"helpp\"", "no reply for an intent of this name: rename it back to one of greeting, help," },
        { "intent missing Arabic examples", "intents.json", "intent \"greeting\"", "missing translation" },
        { "intent both courtesy and out of scope", "intents.json", "intent \"greeting\"", "both \"courtesy\" and \"outOfScope\"" },
        { "synonym group of one", "lexicon.json", "english.synonyms group #1", "at least two" },
        { "answer kind without words", "lexicon.json", "answerKinds \"quantity\"", "at least one word" },
        { "cross-language group in one language", "lexicon.json", "crossLanguage group #1 (why, wy)", "in English and one in Arabic" },
        { "mention without names", "lexicon.json", "mentions group #2", "at least one name" },
        { "location naming no place", "lexicon.json", "locations #1", "\"Kurdistn\" is not a name in \"places\"" },
        { "location in itself", "lexicon.json", "locations #1", "\"Erbil\" is put in itself" },
        { "location without paragraph", "lexicon.json", "locations #1", "needs \"place\", \"in\" and the \"paragraph\"" },
        { "location of an unknown paragraph", "lexicon.json", "locations #1", "unknown paragraph 25: the article has 24" },
        { "location no fact names", "lexicon.json", "locations #1", "no fact citing paragraph 17 names \"Erbil\"" },
        { "source without date", "source.json", "source \"reuters-iraq-withdrawal\"", "reportedOn" },
        { "gaps without English", "source.json", "source \"reuters-iraq-withdrawal\"", "gaps" },
        { "attribution of an unknown paragraph", "attributions.json", "attribution #3 (paragraph 25)", "unknown paragraph 25" },
        { "attribution without English", "attributions.json", "attribution #8 (paragraph 8)", "missing translation" },
        { "paragraph attributed twice", "attributions.json", "attribution #5 (paragraph 4)", "attributed twice" },
        { "paragraph without attribution", "attributions.json", "paragraph 24", "no attribution" },
    };

    [Fact]
    public void Load_LocationOfAPlaceAFactCitingItsParagraphNames_Loads()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("lexicon.json", root => Locate(root, "Erbil", "Kurdistan", 18));

        var loaded = knowledge.Load();

        Assert.Equal([new PlaceLocation("Erbil", "Kurdistan", 18)], loaded.Lexicon.Locations);
        Assert.Equal("erbil-stay", loaded.Lexicon.Locations[0].FactIn(loaded.Facts)?.Id);
    }

    [Fact]
    public void Load_FixtureDirectory_LoadsEveryPart()
    {
        using var knowledge = new TestKnowledge();

        var loaded = knowledge.Load();

        Assert.Equal(24, loaded.Article.ParagraphCount);
        Assert.Equal(5, loaded.Facts.Count);
        Assert.Equal(4, loaded.Milestones.Count);
        Assert.Equal(8, loaded.Intents.Count);
        Assert.Equal("Farhad Alaa al-Din, the Iraqi prime minister's foreign affairs adviser", loaded.SaidBy(8)?.English);
        Assert.Equal("Reuters", loaded.Source.Agency.English);
        Assert.True(loaded.TryGetFact("erbil-stay", out var erbil));
        Assert.Equal("erbil-and-remaining-forces-leave", erbil.MilestoneId);
        Assert.Equal(18, erbil.Citations[0].Paragraph);
        Assert.Contains("kuwait", loaded.Lexicon.OffTopicNames);
        Assert.Contains("الكويت", loaded.Lexicon.OffTopicNames);
        Assert.Contains("so far", loaded.Lexicon.StatusCues);
    }

    [Fact]
    public void Load_OffTopicNamesNotGroupedByLanguage_ThrowsNamingLexiconFile()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("lexicon.json", root => root["offTopic"] = new JsonArray("kuwait", "russia"));

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("lexicon.json", error.File);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OutOfScopeIntentOfANewName_Loads()
    {
        // Out-of-scope intents all get the same refusal, so a maintainer may add one under any name.
        using var knowledge = new TestKnowledge();
        knowledge.Edit("intents.json", root => root["intents"]!.AsArray().Add(JsonNode.Parse("""{ "name": "weather", "outOfScope": true, "examples": { "ar": [ "شلون الجو" ], "en": [ "how is the weather" ] } }""")));

        var loaded = knowledge.Load();

        Assert.Contains(loaded.Intents, i => i is { Name: "weather", OutOfScope: true });
    }

    [Fact]
    public void Load_UnnamedOrPlannedFact_IsMarkedAndOthersAreNot()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("facts.json", root =>
        {
            Fact(root, 2)["unnamed"] = true;
            Fact(root, 3)["planned"] = true;
        });

        var loaded = knowledge.Load();

        Assert.True(loaded.Facts[2].Unnamed);
        Assert.True(loaded.Facts[3].Planned);
        Assert.False(loaded.Facts[0].Unnamed);
        Assert.False(loaded.Facts[0].Planned);
    }

    [Theory]
    [InlineData("unnamed")]
    [InlineData("planned")]
    public void Load_FlagNotTrueOrFalse_ThrowsNamingFactsFile(string flag)
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("facts.json", root => Fact(root, 2)[flag] = "yes");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("facts.json", error.File);
        Assert.Contains("malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BrokenCases))]
    public void Load_BrokenEntry_ThrowsNamingFileAndEntry(string breakage, string file, string entry, string problem)
    {
        using var knowledge = new TestKnowledge();
        var (target, change) = Breakages[breakage];
        knowledge.Edit(target, change);

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal(file, error.File);
        Assert.Equal(entry, error.Entry);
        Assert.StartsWith($"{file}, {entry}: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DialectWordMappedTwice_ThrowsNamingLexiconFile()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Write("lexicon.json", "{\n  \"arabic\": {\n    \"dialect\": {\n      \"شكد\": \"كم\",\n      \"شكد\": \"متى\"\n    }\n  }\n}");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("lexicon.json", error.File);
        Assert.Contains("malformed JSON at line 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.json")]
    [InlineData("lexicon.json")]
    [InlineData("intents.json")]
    [InlineData("source.json")]
    [InlineData("milestones.json")]
    public void Load_MalformedJson_ThrowsNamingFileAndLine(string file)
    {
        using var knowledge = new TestKnowledge();
        knowledge.Write(file, "{\n  // a comment\n\n    oops\n}");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal(file, error.File);
        Assert.Contains("malformed JSON at line 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ParagraphWrittenAsText_ThrowsNamingWhereTheValueHasTheWrongType()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("facts.json", root => Fact(root, 0)["citations"]![0]!["paragraph"] = "18");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("facts.json", error.File);
        Assert.Contains("the value at $.facts[0].citations[0].paragraph has the wrong type", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("KnowledgeJson", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileSavedInLatin1_ThrowsSayingItIsNotUtf8AndTheLine()
    {
        using var knowledge = new TestKnowledge();
        var text = File.ReadAllText(Path.Combine(knowledge.Directory, "source.json"));
        var bytes = System.Text.Encoding.UTF8.GetBytes(text).ToList();
        var secondLine = bytes.IndexOf((byte)'\n') + 1;
        bytes.Insert(secondLine, 0xE9);
        File.WriteAllBytes(Path.Combine(knowledge.Directory, "source.json"), [.. bytes]);

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("source.json", error.File);
        Assert.Contains("the file is not UTF-8 text (line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MilestoneOnADayTheMonthLacks_ThrowsSayingTheDateIsNotReal()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("milestones.json", root =>
        {
            root["milestones"]![0]!["date"] = "2026-02-30";
            root["milestones"]![0]!["precision"] = "day";
        });

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("milestones.json", error.File);
        Assert.Contains("date \"2026-02-30\" is not a day of the calendar", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13-01", "approximate", "date \"2026-13-01\" has no month 13: months run from 01 to 12.")]
    [InlineData("2026-00-01", "day", "date \"2026-00-01\" has no month 00: months run from 01 to 12.")]
    [InlineData("2026-13", "month", "date \"2026-13\" has no month 13: months run from 01 to 12.")]
    public void Load_MilestoneInAMonthThatDoesNotExist_ThrowsSayingTheMonthIsImpossible(string date, string precision, string expected)
    {
        // Break 31 #7: month 13 was reported as a date that "does not fit precision Approximate", though the format was right.
        using var knowledge = new TestKnowledge();
        knowledge.Edit("milestones.json", root =>
        {
            root["milestones"]![3]!["date"] = date;
            root["milestones"]![3]!["precision"] = precision;
        });

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("milestones.json", error.File);
        Assert.Equal("milestone \"erbil-and-remaining-forces-leave\"", error.Entry);
        Assert.EndsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Etc/GMT+3", "time zone \"Etc/GMT+3\" means UTC\u22123, not UTC+3: names of the Etc/GMT kind reverse the sign.")]
    [InlineData("Etc/GMT-3", "time zone \"Etc/GMT-3\" means UTC+3, not UTC\u22123: names of the Etc/GMT kind reverse the sign.")]
    public void Load_MilestoneInAReversedSignEtcGmtZone_ThrowsExplainingTheSignAndSuggestingACity(string zone, string expected)
    {
        // Break 31 #7: "Etc/GMT+3" (UTC−3, six hours off Baghdad) loaded without a word and moved the milestone's day boundary.
        using var knowledge = new TestKnowledge();
        knowledge.Edit("milestones.json", root => root["milestones"]![3]!["timeZone"] = zone);

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("milestones.json", error.File);
        Assert.Equal("milestone \"erbil-and-remaining-forces-leave\"", error.Entry);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("such as \"Asia/Baghdad\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Etc/UTC")]
    [InlineData("Etc/GMT")]
    [InlineData("Europe/Berlin")]
    public void Load_MilestoneInAZoneWithoutAReversedSign_Loads(string zone)
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("milestones.json", root => root["milestones"]![3]!["timeZone"] = zone);

        Assert.Equal(zone, knowledge.Load().Milestones.Single(m => m.Id == "erbil-and-remaining-forces-leave").Due.TimeZone.Id);
    }

    [Theory]
    [InlineData("precision", "7", "unknown precision")] // Enum.TryParse took numbers ...
    [InlineData("precision", "month, year", "unknown precision")] // ... and lists of names, this one as Approximate (break 30)
    [InlineData("precision", "weekly", "unknown precision")]
    [InlineData("timeZone", "America/Indiana", "unknown time zone")] // a folder of the zone database: SecurityException (break 30)
    [InlineData("timeZone", "Asia", "unknown time zone")]
    [InlineData("timeZone", "Asia/Bagdad", "unknown time zone")]
    public void Load_MilestoneFieldNamingNothing_ThrowsNamingTheValue(string field, string value, string problem)
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("milestones.json", root => root["milestones"]![0]![field] = value);

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("milestones.json", error.File);
        Assert.Contains($"{problem} \"{value}\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.json", "\"planned\": true", "\"planed\": true", "planed")]
    [InlineData("facts.json", "\"notAbout\"", "\"notAbuot\"", "notAbuot")]
    [InlineData("lexicon.json", "\"claimCues\": {", "\"claimCue\": {", "claimCue")]
    [InlineData("milestones.json", "\"precision\"", "\"precison\"", "precison")]
    [InlineData("source.json", "\"byline\"", "\"byLines\"", "byLines")]
    public void Load_MisspeltKey_ThrowsNamingFileAndKey(string file, string key, string misspelt, string named)
    {
        // Dropped without a word, "planed" left a plan told as done and "claimCue" switched claim checking off.
        using var knowledge = new TestKnowledge();
        var real = File.ReadAllText(Path.Combine(TestKnowledge.RealDirectory, file));
        Assert.Contains(key, real, StringComparison.Ordinal);
        knowledge.Write(file, real.Replace(key, misspelt, StringComparison.Ordinal));

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal(file, error.File);
        Assert.Contains($"unknown key \"{named}\"", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("facts.json")]
    [InlineData("intents.json")]
    [InlineData("lexicon.json")]
    public void Load_MissingFile_ThrowsNamingFile(string file)
    {
        using var knowledge = new TestKnowledge();
        File.Delete(Path.Combine(knowledge.Directory, file));

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal(file, error.File);
        Assert.Contains("cannot read", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CommentsAndTrailingCommas_AreAccepted()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Write("intents.json", """
        {
          // maintainers may comment
          "intents": [
            { "name": "Greeting", "examples": { "ar": [ "مرحبا", ], "en": [ "hi", ], }, },
          ],
        }
        """);

        var loaded = knowledge.Load();

        Assert.Equal("greeting", Assert.Single(loaded.Intents).Name);
    }

    [Fact]
    public void Load_MissingDirectory_ThrowsNamingDirectory()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-knowledge-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<KnowledgeValidationException>(() => KnowledgeLoader.Load(missing));

        Assert.Equal(missing, error.File);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFactsArray_SaysItIsEmpty()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Write("facts.json", "{ \"facts\": [] }");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("facts.json", error.File);
        Assert.Contains("\"facts\" array is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ArticleSavedWithOldMacLineEndings_ReadsEveryParagraph()
    {
        // Break 25: a CR-only article read as one paragraph, and the error blamed milestones.json.
        using var knowledge = new TestKnowledge();
        var article = Path.Combine(knowledge.Directory, "article.ar.txt");
        File.WriteAllText(article, File.ReadAllText(article).Replace("\n", "\r", StringComparison.Ordinal));

        Assert.Equal(24, knowledge.Load().Article.ParagraphCount);
    }

    [Fact]
    public void Load_KeyWrittenTwice_NamesTheKeyAsWrittenAndNoCodeType()
    {
        using var knowledge = new TestKnowledge();
        var file = Path.Combine(knowledge.Directory, "milestones.json");
        var text = File.ReadAllText(file);
        var first = text.IndexOf("\"date\":", StringComparison.Ordinal);
        var line = text[(text.LastIndexOf('\n', first) + 1)..(text.IndexOf('\n', first) + 1)];
        File.WriteAllText(file, text.Insert(text.IndexOf('\n', first) + 1, line));

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("milestones.json", error.File);
        Assert.Contains("the key \"date\" is written twice in one entry", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("WithdrawalBot.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_CurlyQuoteForAStraightOne_SaysSoInsteadOfAByte()
    {
        using var knowledge = new TestKnowledge();
        knowledge.Write("source.json", "{\n  “publisher”: \"Reuters\"\n}");

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Contains("malformed JSON at line 2: a curly quote", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0xE2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingComma_GivesOneLineNumber()
    {
        using var knowledge = new TestKnowledge();
        var file = Path.Combine(knowledge.Directory, "source.json");
        var text = File.ReadAllText(file);
        var comma = text.IndexOf(",\n", StringComparison.Ordinal);
        File.WriteAllText(file, text.Remove(comma, 1));
        var nextLine = text[..comma].Count(c => c == '\n') + 2;

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Contains($"malformed JSON at line {nextLine}", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Path:", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01", "month", "out of range: a milestone falls between 2000 and 2999")]
    [InlineData("2027-09", "month", "is in 2027, but its \"when\" (en) says \"by September 2025\"")]
    public void Load_MilestoneDateOutOfRangeOrDisagreeingWithItsWhen_ThrowsNamingTheMilestone(string date, string precision, string expected)
    {
        using var knowledge = new TestKnowledge();
        knowledge.Edit("milestones.json", root =>
        {
            root["milestones"]![0]!["date"] = date;
            root["milestones"]![0]!["precision"] = precision;
        });

        var error = Assert.Throws<KnowledgeValidationException>(knowledge.Load);

        Assert.Equal("milestones.json", error.File);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static JsonNode Fact(JsonNode root, int index) => root["facts"]![index]!;

    /// <summary>Gives the fixture lexicon Erbil and Kurdistan as places and one location.</summary>
    private static void Locate(JsonNode root, string place, string inside, int paragraph)
    {
        root["places"] = new JsonArray(new JsonArray("Erbil", "أربيل"), new JsonArray("Kurdistan", "كوردستان"));
        root["locations"] = new JsonArray(new JsonObject { ["place"] = place, ["in"] = inside, ["paragraph"] = paragraph });
    }
}
