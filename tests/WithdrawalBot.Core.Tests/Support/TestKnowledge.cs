using System.Text.Json.Nodes;
using WithdrawalBot.Core.Knowledge;

namespace WithdrawalBot.Core.Tests.Support;

/// <summary>
/// A knowledge directory in a temp folder: the real article, source.json and milestones.json copied from the
/// test output, plus small fixture facts, lexicon and intents (so unit tests do not depend on the data
/// helpers' files). Each test may rewrite a file before loading. Deleted on dispose.
/// </summary>
public sealed class TestKnowledge : IDisposable
{
    public const string FactsJson = """
    {
      "facts": [
        {
          "id": "erbil-stay",
          "topic": "erbil",
          "citations": [ { "paragraph": 18, "quote": "ومن المتوقع أن تبقى القوات الأميركية وقوات التحالف الأخرى في أربيل" } ],
          "answer": {
            "ar": "بحسب التقرير، من المتوقع أن تبقى القوات الأميركية وقوات التحالف في أربيل حتى نهاية عام 2026 تقريباً.",
            "en": "According to the report, US and coalition forces are expected to stay in Erbil until about the end of 2026."
          },
          "questions": {
            "ar": [ "متى تغادر القوات أربيل؟", "شوكت يطلعون الامريكان من اربيل", "الى متى تبقى القوات في اربيل" ],
            "en": [ "When will troops leave Erbil?", "how long do US forces stay in erbil", "until when do troops remain in Erbil" ]
          },
          "milestone": "erbil-and-remaining-forces-leave",
          "related": [ "troops-in-iraq" ]
        },
        {
          "id": "erbil-why",
          "topic": "erbil",
          "citations": [ { "paragraph": 18, "quote": "لتسهيل العمليات الجارية ضد داعش في سوريا" } ],
          "answer": {
            "ar": "بحسب التقرير، تبقى القوات في أربيل لتسهيل العمليات الجارية ضد داعش في سوريا.",
            "en": "According to the report, forces stay in Erbil to support the ongoing operations against ISIS in Syria."
          },
          "questions": {
            "ar": [ "لماذا تبقى القوات في أربيل؟", "ليش يبقون باربيل", "ليش القوات تبقى باربيل اكثر" ],
            "en": [ "Why do troops stay in Erbil?", "what is the reason forces remain in erbil", "why will troops stay longer in erbil" ]
          },
          "related": [ "erbil-stay" ]
        },
        {
          "id": "troops-in-iraq",
          "topic": "troops",
          "citations": [ { "paragraph": 13, "quote": "ما يقرب من 2500 جندي في العراق" } ],
          "answer": {
            "ar": "بحسب التقرير، لدى الولايات المتحدة نحو 2500 جندي في العراق.",
            "en": "According to the report, the United States has about 2,500 troops in Iraq."
          },
          "questions": {
            "ar": [ "كم عدد الجنود الأمريكيين في العراق؟", "شكد جندي امريكي بالعراق" ],
            "en": [ "How many US troops are in Iraq?", "number of american soldiers in iraq" ]
          },
          "related": [ "erbil-stay" ]
        },
        {
          "id": "deal-reached",
          "topic": "agreement",
          "citations": [ { "paragraph": 3, "quote": "لدينا اتفاق، والمسألة الآن هي مجرد متى نعلن عنه" } ],
          "answer": {
            "ar": "بحسب رويترز، قال مسؤول أميركي كبير إن لديهم اتفاقاً وإن المسألة متى يعلن عنه.",
            "en": "According to Reuters, a senior US official said they have a deal and the question is only when to announce it."
          },
          "questions": {
            "ar": [ "هل هناك اتفاق؟", "اكو اتفاق؟", "من قال لدينا اتفاق؟" ],
            "en": [ "Is there a deal?", "who said we have a deal?", "did they agree?" ]
          }
        },
        {
          "id": "delay-why",
          "topic": "announcement",
          "citations": [ { "paragraph": 5, "quote": "ولكن تم تأجيله بسبب التصعيد الإقليمي المرتبط بحرب إسرائيل في غزة" } ],
          "answer": {
            "ar": "بحسب المصادر، تأجل الإعلان بسبب التصعيد الإقليمي المرتبط بحرب إسرائيل في غزة.",
            "en": "According to the sources, the announcement was delayed by the regional escalation linked to Israel's war in Gaza."
          },
          "questions": {
            "ar": [ "لماذا تأجل الإعلان عن الاتفاق؟", "ليش تأجل الاعلان" ],
            "en": [ "Why was the announcement delayed?", "why the delay in announcing the deal" ]
          },
          "related": [ "deal-reached" ]
        }
      ]
    }
    """;

    public const string LexiconJson = """
    {
      "arabic": {
        "dialect": { "شوكت": "متى", "شكد": "كم", "ليش": "لماذا", "اكو": "يوجد", "يطلعون": "يغادرون", "طلعوا": "يغادرون", "امريكان": "الأمريكيين", "منو": "من", "كال": "قال", "شنو": "ماذا" },
        "synonyms": [ [ "يغادرون", "تغادر", "يغادر", "خروج" ], [ "الجنود", "القوات", "جندي" ], [ "يبقون", "تبقى", "يبقى" ] ],
        "stopwords": [ "في", "من", "على", "هل", "الى", "حتى" ]
      },
      "english": {
        "synonyms": [ [ "leave", "withdraw", "pull out", "exit" ], [ "troops", "forces", "soldiers" ], [ "stay", "remain" ], [ "us", "american", "america" ] ],
        "stopwords": [ "the", "a", "of", "is", "are", "in", "do", "will", "to", "did", "they", "actually" ]
      },
      "offTopic": { "ar": [ "الكويت", "روسيا" ], "en": [ "kuwait", "russian" ] },
      "statusCues": { "ar": [ "فعلا", "لحد الان" ], "en": [ "actually", "so far" ] }
    }
    """;

    public const string IntentsJson = """
    {
      "intents": [
        { "name": "greeting", "examples": { "ar": [ "مرحبا", "هلو", "السلام عليكم" ], "en": [ "hi", "hello", "hey there" ] } },
        { "name": "help", "examples": { "ar": [ "ساعدني", "كيف استخدمك" ], "en": [ "help me", "how do I use you" ] } },
        { "name": "capabilities", "examples": { "ar": [ "شتكدر تسوي", "ماذا تستطيع ان تفعل" ], "en": [ "what can you do", "what do you know" ] } },
        { "name": "source", "examples": { "ar": [ "منين معلوماتك", "ما هو مصدرك" ], "en": [ "what is your source", "where does your information come from" ] } },
        { "name": "who-said-that", "examples": { "ar": [ "منو كالها", "من قال ذلك" ], "en": [ "who said that", "says who" ] } },
        { "name": "thanks", "examples": { "ar": [ "شكرا", "تسلم" ], "en": [ "thanks", "thank you" ] } },
        { "name": "milestones", "examples": { "ar": [ "شنو المواعيد", "الجدول الزمني" ], "en": [ "list the milestones", "timeline" ] } },
        { "name": "subscribe", "examples": { "ar": [ "ذكرني بالمواعيد" ], "en": [ "remind me", "subscribe me to reminders" ] } }
      ]
    }
    """;

    public TestKnowledge()
    {
        Directory = Path.Combine(Path.GetTempPath(), "withdrawalbot-knowledge-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var file in new[] { "article.ar.txt", "source.json", "milestones.json", "attributions.json" })
        {
            File.Copy(Path.Combine(RealDirectory, file), Path.Combine(Directory, file));
        }

        Write("facts.json", FactsJson);
        Write("lexicon.json", LexiconJson);
        Write("intents.json", IntentsJson);
    }

    /// <summary>The knowledge directory copied to the test output (the real data).</summary>
    public static string RealDirectory => Path.Combine(AppContext.BaseDirectory, "knowledge");

    public string Directory { get; }

    public void Write(string file, string content) => File.WriteAllText(Path.Combine(Directory, file), content);

    /// <summary>Parses a file, lets the test change the JSON tree, writes it back.</summary>
    public void Edit(string file, Action<JsonNode> change)
    {
        var path = Path.Combine(Directory, file);
        var node = JsonNode.Parse(File.ReadAllText(path))!;
        change(node);
        File.WriteAllText(path, node.ToJsonString());
    }

    public KnowledgeBase Load() => KnowledgeLoader.Load(Directory);

    /// <summary>The fixture knowledge, loaded once for tests that only read it.</summary>
    public static KnowledgeBase Shared => SharedLoaded.Value;

    private static readonly Lazy<KnowledgeBase> SharedLoaded = new(() =>
    {
        using var knowledge = new TestKnowledge();
        return knowledge.Load();
    });

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
