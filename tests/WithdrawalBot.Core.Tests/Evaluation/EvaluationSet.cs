using System.Text.Json;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Support;

namespace WithdrawalBot.Core.Tests.Evaluation;

/// <summary>The evaluation files next to the test assembly, and how a matcher does on them.</summary>
public static class EvaluationSet
{
    public const string OutOfScope = "out-of-scope";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly Lazy<KnowledgeBase> RealKnowledge = new(() => KnowledgeLoader.Load(TestKnowledge.RealDirectory));

    public static KnowledgeBase Knowledge => RealKnowledge.Value;

    private static readonly Lazy<IntentMatcher> RealMatcher = new(() => new IntentMatcher(Knowledge));

    /// <summary>The matcher over the real knowledge with its tuned defaults, built once (it is thread-safe).</summary>
    public static IntentMatcher Matcher => RealMatcher.Value;

    /// <summary>A router over the real knowledge, with its own conversation memory, stores and clock.</summary>
    public static RouterFixture Bot() => new(Knowledge, Matcher);

    /// <summary>The development set: the matcher's weights and threshold are tuned on it.</summary>
    public const string DevelopmentQuestions = "questions.json";

    /// <summary>
    /// The second development set: written from the article alone by someone who saw neither the facts nor the first
    /// set; held out for two sessions, then tuned on once a fresh held-out set replaced it.
    /// </summary>
    public const string SecondDevelopmentQuestions = "dev2.questions.json";

    /// <summary>
    /// The third development set: written from the article alone, in the voices of a dozen kinds of user, by someone
    /// who saw neither the facts nor the other sets; measured once untouched, then tuned on.
    /// </summary>
    public const string ThirdDevelopmentQuestions = "dev3.questions.json";

    /// <summary>The fourth development set: like the third, in other users' voices (Telegram and Discord regulars); measured once untouched, then tuned on.</summary>
    public const string FourthDevelopmentQuestions = "dev4.questions.json";

    /// <summary>The fifth development set: like the third, in yet other voices (regional Arabic, speech-to-text, academic and slangy English); measured once untouched, then tuned on.</summary>
    public const string FifthDevelopmentQuestions = "dev5.questions.json";

    /// <summary>The sixth development set: formal Arabic only (journalists, academics, officials), with formal near misses; measured once untouched, then tuned on.</summary>
    public const string SixthDevelopmentQuestions = "dev6.questions.json";

    /// <summary>The seventh development set: written blind in new voices (Mosul, Anbar, Kurdish learners of Arabic, diaspora, news anchors; congressional staff, Reddit); measured once untouched, then tuned on.</summary>
    public const string SeventhDevelopmentQuestions = "dev7.questions.json";

    /// <summary>The eighth development set: like the seventh, weighted to formal Arabic, yes/no and wrong-premise questions; measured once untouched, then tuned on.</summary>
    public const string EighthDevelopmentQuestions = "dev8.questions.json";

    /// <summary>The ninth development set: written blind with heavy paraphrase, most of it formal Arabic and Iraqi dialect; measured once untouched, then tuned on.</summary>
    public const string NinthDevelopmentQuestions = "dev9.questions.json";

    /// <summary>The tenth development set: written blind in yet other voices (regional Arabic, Arabizi, one-word queries, requests, long stories); measured once untouched, then tuned on.</summary>
    public const string TenthDevelopmentQuestions = "dev10.questions.json";

    /// <summary>The eleventh development set: written blind in yet other voices (Erbil, Karbala, Duhok, Sinjar, Basra; Pentagon reporters, veterans, terse askers); measured once untouched, then tuned on.</summary>
    public const string EleventhDevelopmentQuestions = "dev11.questions.json";

    /// <summary>The twelfth development set: written blind, weighted to complex formal Arabic and register-heavy English (officials, analysts, skeptics); measured once untouched, then tuned on.</summary>
    public const string TwelfthDevelopmentQuestions = "dev12.questions.json";

    /// <summary>The thirteenth development set: written blind, mostly Iraqi dialect from the south and centre (taxi drivers, grandmothers, shopkeepers, soldiers, TikTok), with Iraqi spellings (چ، گ); measured once untouched, then tuned on.</summary>
    public const string ThirteenthDevelopmentQuestions = "dev13.questions.json";

    /// <summary>The fourteenth development set: written blind, mostly formal Arabic from editors, diplomats and lecturers, Arabic dialects from outside Iraq, and non-native English; measured once untouched, then tuned on.</summary>
    public const string FourteenthDevelopmentQuestions = "dev14.questions.json";

    /// <summary>The fifteenth development set: written blind from the article alone (formal Arabic, Iraqi dialect, careless spelling, English with typos, near misses); measured once untouched, then tuned on.</summary>
    public const string FifteenthDevelopmentQuestions = "dev15.questions.json";

    /// <summary>The sixteenth development set: written blind from the article alone, with more stories before the question, one- and two-word questions, "is it true that …" and questions about the people named; measured once untouched, then tuned on.</summary>
    public const string SixteenthDevelopmentQuestions = "dev16.questions.json";

    /// <summary>The seventeenth development set: written blind from the article alone, with short fragments, questions quoting the report's numbers and names, negative questions ("isn't it true…", "مو گالوا…"), a sentence after the question, and near misses reusing the report's names; measured once untouched, then tuned on.</summary>
    public const string SeventeenthDevelopmentQuestions = "dev17.questions.json";

    /// <summary>The eighteenth development set: written blind from the article alone, with greetings and sentences about the asker, half-remembered figures, "does it say …", questions about the report itself and two questions in one message; measured once untouched, then tuned on.</summary>
    public const string EighteenthDevelopmentQuestions = "dev18.questions.json";

    /// <summary>The nineteenth development set: written blind from the article alone, with heavy paraphrase, dialect spellings from Basra, Mosul, Anbar and Baghdad, yes/no questions with a wrong detail the report corrects, and two-to-four-word questions; measured once untouched, then tuned on.</summary>
    public const string NineteenthDevelopmentQuestions = "dev19.questions.json";

    /// <summary>The twentieth development set: written blind from the article alone, every paragraph the best answer of at least four questions, near misses about counts, names and reactions the report does not give; measured once untouched, then tuned on.</summary>
    public const string TwentiethDevelopmentQuestions = "dev20.questions.json";

    /// <summary>The twenty-first development set: written blind from the article alone, weighted to long formal Arabic in news vocabulary the article does not use (redeployment, military presence, timetable, first phase), with near misses about named countries, militias and later events; measured once untouched, then tuned on.</summary>
    public const string TwentyFirstDevelopmentQuestions = "dev21.questions.json";

    /// <summary>The twenty-second development set: written blind from the article alone, weighted to Iraqi dialect as typed on phones (Baghdad, the south, some Mosul and Anbar), Arabic without hamzas, words run together and English words mixed in, with near misses about places, reactions and figures the report does not give; measured once untouched, then tuned on.</summary>
    public const string TwentySecondDevelopmentQuestions = "dev22.questions.json";

    /// <summary>The twenty-third development set: written blind from the article alone in voices not heard before (a retired officer, a Najaf teacher, a Kurdish student writing Arabic as a second language, a reporter's fixer, a Gulf analyst, worried parents, two-word Telegram questions), with compound questions and wrong premises; measured once untouched, then tuned on.</summary>
    public const string TwentyThirdDevelopmentQuestions = "dev23.questions.json";

    /// <summary>The twenty-fourth development set: written blind from the article alone, weighted to long formal Arabic (a political-science lecturer, a sub-editor checking facts, a retired officer, a parliament staffer, a Gulf reader) in news vocabulary the article does not use, why and how questions, and wrong premises the report corrects; measured once untouched, then tuned on.</summary>
    public const string TwentyFourthDevelopmentQuestions = "dev24.questions.json";

    /// <summary>The twenty-fifth development set: written blind from the article alone, weighted to Iraqi dialect in new voices (a Basra taxi driver's run-on messages, Maslawi, a young Baghdadi mixing English words, a Kurdish-region resident writing Arabic as a second language, a soldier's mother, a militia sympathiser, an Anbar sheikh), often two questions in one message; measured once untouched, then tuned on.</summary>
    public const string TwentyFifthDevelopmentQuestions = "dev25.questions.json";

    /// <summary>The twenty-sixth development set: written blind from the article alone as an ordinary day in a big Iraqi Telegram group and an English-language expat group (sceptics, people who misremember, fast typists), in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string TwentySixthDevelopmentQuestions = "dev26.questions.json";

    /// <summary>The twenty-seventh development set: written blind from the article alone as a Discord server of Iraqi diaspora and friends (second-generation Iraqis typing dialect with English words, a retired US Army sergeant who served at Al-Asad, a Swedish-Iraqi nurse's careful MSA, a political-science student's comparisons, a teen's lowercase slang, pasted half-sentences, two questions at once, wrong premises), in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string TwentySeventhDevelopmentQuestions = "dev27.questions.json";

    /// <summary>The twenty-eighth development set: written blind from the article alone, mostly conversations (50 of three or four turns: places alone, why, who said so, corrections, changes of topic, out-of-scope follow-ups, short reactions that still ask) from a Baghdad shopkeeper, a Kurdish student writing Arabic as a second language, a Kuwaiti reader, an American reporter, a soldier's parent and a history teacher; measured once untouched, then tuned on.</summary>
    public const string TwentyEighthDevelopmentQuestions = "dev28.questions.json";

    /// <summary>The twenty-ninth development set: written blind from the article alone as the comments under the news on an Iraqi Facebook page (long run-on sentences, fast dialect with typos, a Kirkuk teacher's formal Arabic, doubters, people mixing this up with 2011) and an English-language group of US military spouses and veterans, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string TwentyNinthDevelopmentQuestions = "dev29.questions.json";

    /// <summary>The thirtieth development set: written blind from the article alone as an Iraqi family's WhatsApp group across Amman, Istanbul and Baghdad, an Arab satellite channel's newsroom chat (terse MSA and English shorthand) and a sceptical English-language forum thread, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtiethDevelopmentQuestions = "dev30.questions.json";

    /// <summary>The thirty-first development set: written blind from the article alone as a Basra oil-field worker's dialect, a Mosul history teacher preparing a lesson, a retired Iraqi army officer's terse MSA, a US congressional staffer's long briefing questions, a sceptical Reddit regular with wrong premises and a British student typing fast, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtyFirstDevelopmentQuestions = "dev31.questions.json";

    /// <summary>The thirty-second development set: written blind from the article alone as followers of an Anbar Telegram news channel (run-on voice-to-text dialect), a Kurdish reader writing Arabic as a second language, a Lebanese journalist's MSA, a US defence contractor worried about his base, an Australian podcast host and a teenager typing fast, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtySecondDevelopmentQuestions = "dev32.questions.json";

    /// <summary>The thirty-third development set: written blind from the article alone as a Najaf taxi driver's rambling voice-note dialect, a Baghdad University international-relations lecturer's formal MSA, an Iraqi-Canadian student mixing English into Arabic, a retired US Marine who served in Anbar, a Washington think-tank intern's hedged newsletter questions and an elderly English learner in Amman, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtyThirdDevelopmentQuestions = "dev33.questions.json";

    /// <summary>The thirty-fourth development set: written blind from the article alone as a group chat of Kirkuk shop owners, a tribal elder's son near Ain al-Asad, an Egyptian journalist's Arabic, a British Foreign Office analyst, an American mother whose son is deployed and a Texas teenager, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtyFourthDevelopmentQuestions = "dev34.questions.json";

    /// <summary>The thirty-fifth development set: written blind from the article alone as a Basra fisherman's son studying in Baghdad, a Hilla pharmacist, a Syrian refugee in Erbil writing Levantine-tinged Arabic, a US National Guard reservist, a German journalist writing English as a second language and a Reddit user pasting half a headline, in the held-out set's proportions; measured once untouched at the end of the session that added it.</summary>
    public const string ThirtyFifthDevelopmentQuestions = "dev35.questions.json";

    /// <summary>The thirty-sixth development set: written blind from the article alone as a Mosul student preparing a debate, a Sadr City grandmother dictating to her grandson, a Kurdish official's assistant in Erbil, an American history teacher comparing with 2011, a British tabloid reader with wrong premises and a Canadian student typing on a phone, in the held-out set's proportions; measured once untouched at the end of the session that added it.</summary>
    public const string ThirtySixthDevelopmentQuestions = "dev36.questions.json";

    /// <summary>The thirty-seventh development set: written blind from the article alone as a Baghdad engineering student, a farmer's son near Fallujah typing dialect on a cheap phone, an Iraqi in Sweden mixing English words into Arabic, a US soldier's spouse, a French wire-agency editor checking facts and a debate coach preparing pro and con questions, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtySeventhDevelopmentQuestions = "dev37.questions.json";

    /// <summary>The thirty-eighth development set: written blind from the article alone as a Diwaniya nurse, a Kurdish hotel manager in Erbil writing Arabic as a second language, a Saudi TV commentator, a US National Guard officer about to deploy, a news-aggregator employee writing quick English and a fifteen-year-old gamer typing fast, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtyEighthDevelopmentQuestions = "dev38.questions.json";

    /// <summary>The thirty-ninth development set: written blind from the article alone as a Karbala tour guide, a tribal sheikh's nephew in Anbar, a Jordanian political analyst, an American international-relations graduate student, an Irish peace activist and a retired British army major who served in Basra, in the held-out set's proportions; measured once untouched, then tuned on.</summary>
    public const string ThirtyNinthDevelopmentQuestions = "dev39.questions.json";

    /// <summary>The fortieth development set: written blind from the article alone as a Kirkuk schoolteacher, a young man from Nasiriyah in heavy southern dialect, a Lebanese radio host, a US veteran's daughter writing an essay, a Turkish journalist writing English as a second language and a terse Telegram user, in the held-out set's proportions; measured once untouched at the end of the session that added it.</summary>
    public const string FortiethDevelopmentQuestions = "dev40.questions.json";

    /// <summary>The forty-first development set: written blind from the article alone as a Baghdad taxi dispatcher, a Ramadi mother whose son works near Ain al-Asad, a Qatari policy researcher, a US Army logistics officer, a Dutch Middle East studies student and a retired Iraqi diplomat writing formal Arabic, with wrong assumptions built into some questions, in the held-out set's proportions; measured once untouched at the end of the session that added it.</summary>
    public const string FortyFirstDevelopmentQuestions = "dev41.questions.json";

    /// <summary>The forty-second development set: written blind from the article alone as a Mosul pharmacist, a Basra port worker typing fast in dialect, an Egyptian journalist writing formal Arabic, a Canadian high-school teacher preparing a class, a US contractor worried about his job in Erbil and an impatient Reddit user with typos, in the held-out set's proportions; measured once untouched at the start of the session that added it.</summary>
    public const string FortySecondDevelopmentQuestions = "dev42.questions.json";

    /// <summary>The forty-third development set: written blind from the article alone as a Sulaymaniyah university lecturer, an old man in Sadr City dictating to his grandson, a Kuwaiti economist, an Australian podcast host, a German reservist writing English as a second language and a sceptical Iraqi taxi driver, in the held-out set's proportions; measured once untouched at the start of the session that added it.</summary>
    public const string FortyThirdDevelopmentQuestions = "dev43.questions.json";

    /// <summary>The forty-fourth development set: written blind from the article alone as a Babylon provincial council clerk writing formal Arabic, a young TikToker from Amarah mixing English words into dialect, a Syrian refugee in Erbil, an American soldier's mother, a British think-tank intern and an elderly English speaker who types without punctuation, in the held-out set's proportions; measured once untouched at the start of the session that added it.</summary>
    public const string FortyFourthDevelopmentQuestions = "dev44.questions.json";

    /// <summary>The forty-fifth development set: written blind from the article alone as a Diyala schoolteacher, a Karrada shopkeeper typing quick dialect without hamzas, an Omani diplomat's assistant, a Texas National Guard sergeant, an Indian journalist on the Middle East desk and a slangy fifteen-year-old, in the held-out set's proportions; measured once untouched at the start of the session that added it.</summary>
    public const string FortyFifthDevelopmentQuestions = "dev45.questions.json";

    /// <summary>The forty-sixth development set: written blind from the article alone as a Kirkuk Turkmen shopkeeper writing simple Arabic, a Najaf seminary student writing careful formal Arabic, a Samawah farmer in heavy southern dialect, a Washington congressional staffer, a Filipino contractor at a US base and a Lebanese-American graduate student, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FortySixthDevelopmentQuestions = "dev46.questions.json";

    /// <summary>The forty-seventh development set: written blind from the article alone as a Baghdad political-science professor, a young Mosul woman typing fast dialect without hamzas, a Jordanian TV producer, a retired US Marine who served in Anbar, a Swedish journalist writing English as a second language and an Iraqi-American nurse sending one-line questions with typos, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FortySeventhDevelopmentQuestions = "dev47.questions.json";

    /// <summary>The forty-eighth development set: written blind from the article alone as a Fallujah schoolteacher, a Nasiriyah tribal elder's grandson typing fast on a phone, a Lebanese radio host, a British MP's researcher, a Kurdish peshmerga veteran writing English and a US Army wife on Facebook, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FortyEighthDevelopmentQuestions = "dev48.questions.json";

    /// <summary>The forty-ninth development set: written blind from the article alone as a Karbala pilgrim-hotel owner, a Baghdad law student, a Saudi columnist, a French fact-checker writing English, a Ramadi construction engineer and a 16-year-old gamer typing lowercase slang, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FortyNinthDevelopmentQuestions = "dev49.questions.json";

    /// <summary>The fiftieth development set: written blind from the article alone as a Duhok Christian shop owner writing Arabic, a Basra oil engineer, a Qatari TV producer, a Pentagon beat reporter, a Nigerian international-relations student and a grumpy retired Iraqi army colonel, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftiethDevelopmentQuestions = "dev50.questions.json";

    /// <summary>The fifty-first development set: written blind from the article alone as a Hilla headmistress, a Kut fisherman's son typing voice-to-text dialect, a Moroccan political-science lecturer, an Irish peacekeeping veteran, a Syrian-American podcaster and a Baghdad pharmacist mixing English into Arabic, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftyFirstDevelopmentQuestions = "dev51.questions.json";

    /// <summary>The fifty-second development set: written blind from the article alone as a Tikrit municipal engineer, a Zubair oil-field guard, an Emirati think-tank analyst, an American history teacher, a Pakistani journalist writing English and a Yazidi aid worker in Duhok writing simple Arabic, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftySecondDevelopmentQuestions = "dev52.questions.json";

    /// <summary>The fifty-third development set: written blind from the article alone as a Samarra imam, a Diwaniyah student sending very short messages, a Kuwaiti newspaper editor, a Dutch NATO staff officer, a Lebanese-Canadian graduate student and an impatient Baghdad shop owner, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftyThirdDevelopmentQuestions = "dev53.questions.json";

    /// <summary>The fifty-fourth development set: written blind from the article alone as a Najaf seminary student, a Kirkuk Turkmen taxi driver typing Arabic loosely, a Jordanian TV anchor, an Australian defence analyst, an Iraqi-American college student in Michigan and a Basra mother whose son works near a base, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftyFourthDevelopmentQuestions = "dev54.questions.json";

    /// <summary>The fifty-fifth development set: written blind from the article alone as a Sulaymaniyah journalist writing Arabic as a second language, a retired Baghdad schoolteacher, an Omani diplomat, a German reporter writing non-native English, the spouse of a US veteran and an Amarah farmer typing dialect on a cheap phone, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftyFifthDevelopmentQuestions = "dev55.questions.json";

    /// <summary>The fifty-sixth development set: written blind from the article alone as a Baqubah police officer, a Mosul university lecturer, a Bahraini blogger, an Indian news-desk editor, a British student on a gap year and the son of an Anbar tribal sheikh, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftySixthDevelopmentQuestions = "dev56.questions.json";

    /// <summary>The fifty-seventh development set: written blind from the article alone as a Karbala pharmacist, a Fallujah university student typing fast on a phone, a Kuwaiti newspaper columnist, a Canadian podcast host, an Iraqi-Swedish engineer in Malmö and a retired Iraqi army officer from Diyala, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftySeventhDevelopmentQuestions = "dev57.questions.json";

    /// <summary>The fifty-eighth development set: written blind from the article alone as a Duhok hotel receptionist, a Hilla history teacher, an Egyptian political science lecturer, an American congressional staffer, a Pakistani oil contractor who worked in Basra and a Sadr City teenager mixing English words into Arabic, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftyEighthDevelopmentQuestions = "dev58.questions.json";

    /// <summary>The fifty-ninth development set: written blind from the article alone as a Nasiriyah tribal elder dictating to his grandson, a Ramadi contractor, a Lebanese radio presenter, a French NGO worker in Erbil, a Nigerian international-relations student and a Kadhimiya shop owner writing without punctuation, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string FiftyNinthDevelopmentQuestions = "dev59.questions.json";

    /// <summary>The sixtieth development set: written blind from the article alone as Iraqis commenting on Facebook (Baghdadi and southern dialect, emojis, very short and very long posts) and Gulf and Indian expats writing working English ("kindly", "do the needful"), in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtiethDevelopmentQuestions = "dev60.questions.json";

    /// <summary>The sixty-first development set: written blind from the article alone as Arabic TV presenters, academics and parliament staffers (long compound questions with context first) and English policy researchers, fact-checkers and students, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtyFirstDevelopmentQuestions = "dev61.questions.json";

    /// <summary>The sixty-second development set: written blind from the article alone as phone typists (no hamzas, ه for ة, missing spaces, voice-typed English homophones), Kurdish and Turkmen Iraqis writing Arabic as a second language and American veterans using military jargon ("drawdown", "AAB", "OIR"), in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtySecondDevelopmentQuestions = "dev62.questions.json";

    /// <summary>The sixty-third development set: written blind from the article alone as southern Iraqis (Nasiriyah, Amarah, the Basra marshes: گ چ ڤ پ spellings, elongations), WhatsApp voice notes transcribed as run-on text, and Arab students writing English as a second language, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtyThirdDevelopmentQuestions = "dev63.questions.json";

    /// <summary>The sixty-fourth development set: written blind from the article alone as speakers of other Arabic dialects (Egyptian, Levantine, Gulf, Maghrebi), news-wire and parliamentary Arabic, US military logistics planners (retrograde, NLT, BLUF, pax) and tweet-style English, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtyFourthDevelopmentQuestions = "dev64.questions.json";

    /// <summary>The sixty-fifth development set: written blind from the article alone as school students doing homework in both languages, older people typing with odd spacing and no punctuation, Arabic–English code-switchers and English with autocorrect slips ("Herbal" for Erbil), in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtyFifthDevelopmentQuestions = "dev65.questions.json";

    /// <summary>The sixty-sixth development set: written blind from the article alone as Arabic speakers typing English loanwords in Arabic script ("كواليشن", "ترووبس"), Turkmen and Kurdish speakers writing Arabic as a second language, and English voice-to-text transcripts with homophones ("wear", "air bill"), in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtySixthDevelopmentQuestions = "dev66.questions.json";

    /// <summary>The sixty-seventh development set: written blind from the article alone as dates and figures in many formats ("9/2025", "Sept '25", "٩/٢٠٢٥", "two and a half thousand"), negation and trap questions, comparisons, and yes/no questions on wrong premises, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtySeventhDevelopmentQuestions = "dev67.questions.json";

    /// <summary>The sixty-eighth development set: written blind from the article alone as Iraqi social-media voices (Facebook comments, two-word questions, anger and sarcasm, religious greetings, asking for someone else) and diaspora English mixed with Arabic words, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtyEighthDevelopmentQuestions = "dev68.questions.json";

    /// <summary>The sixty-ninth development set: written blind from the article alone as Arabic speakers of other dialects (Levantine, Egyptian, Gulf; Gregorian month names) and English from non-native writers (French false friends, Turkish word order, Persian and Indian English), in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SixtyNinthDevelopmentQuestions = "dev69.questions.json";

    /// <summary>The seventieth development set: written blind from the article alone as formal and indirect requests ("I would like to know…", "أرجو التكرم بإفادتي"), questions after a sentence about the asker, yes/no questions on true premises and quiz items (true or false, fill in the blank), in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SeventiethDevelopmentQuestions = "dev70.questions.json";

    /// <summary>The seventy-first development set: written blind from the article alone as students and researchers ("according to the article", quotes, comparisons, lists and timelines) and questions about what happened after the report, in the held-out set's proportions; measured once untouched in the session that added it.</summary>
    public const string SeventyFirstDevelopmentQuestions = "dev71.questions.json";

    /// <summary>The held-out set, written from the article alone by someone who saw neither the facts nor the development sets; never tuned on.</summary>
    public const string HeldOutQuestions = "holdout.questions.json";

    /// <summary>The held-out dialogues, written with <see cref="HeldOutQuestions"/>; never tuned on.</summary>
    public const string HeldOutDialogues = "holdout.dialogues.json";

    public static IReadOnlyList<EvaluationQuestion> Questions(string file = DevelopmentQuestions) =>
        JsonSerializer.Deserialize<List<EvaluationQuestion>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", file)), Json)!;

    public static IReadOnlyList<EvaluationDialogue> Dialogues(string file = "dialogues.json") =>
        JsonSerializer.Deserialize<List<EvaluationDialogue>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", file)), Json)!;

    /// <summary>
    /// Evaluation questions that are, after normalization, also training questions of some fact: they measure
    /// memory, not matching, so the accuracy figures leave them out.
    /// </summary>
    public static HashSet<string> CopiesOfTrainingQuestions(IReadOnlyList<EvaluationQuestion> questions)
    {
        var analyzer = new WithdrawalBot.Core.Text.TextAnalyzer(Knowledge.Lexicon);
        string Key(string text) => string.Join(' ', analyzer.Words(text));
        var training = Knowledge.Facts.SelectMany(f => f.Questions.Arabic.Concat(f.Questions.English)).Select(Key).ToHashSet(StringComparer.Ordinal);
        return questions.Where(q => training.Contains(Key(q.Q))).Select(q => q.Q).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether a match result is what the question expects: a confident fact citing an expected paragraph, or an intent
    /// whose reply states the report's own points (the summary, the milestones) citing every expected paragraph of a
    /// question expecting more than one ("tl;dr?" expecting ¶1 and ¶2 is answered by the summary; "when do they leave
    /// Erbil?" expecting ¶18 only is not answered by the milestone list, which cites ¶18 among others), or, when none is expected, a refusal or the "the report cannot
    /// tell what happened since" reply.
    /// </summary>
    public static bool IsCorrect(KnowledgeBase knowledge, MatchResult result, IReadOnlyList<int> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return !result.IsConfident || result.AsksBeyondReport;
        }

        if (result is { IsConfident: true, Best: { Kind: MatchKind.Intent } intent } && paragraphs.Count > 1)
        {
            int[] cited = intent.Id switch
            {
                ReplyComposer.SummaryIntent => [.. knowledge.Facts.Where(f => f.Summary is not null).SelectMany(f => f.Citations).Select(c => c.Paragraph)],
                Router.MilestonesIntent => [.. knowledge.Milestones.SelectMany(m => m.Citations).Select(c => c.Paragraph)],
                _ => [],
            };
            return cited.Length > 0 && paragraphs.All(cited.Contains);
        }

        return (result.IsConfident || result.AsksBeyondReport)
            && result.Best is { Kind: MatchKind.Fact } best
            && knowledge.TryGetFact(best.Id, out var fact)
            && fact.Citations.Any(c => paragraphs.Contains(c.Paragraph));
    }

    /// <summary>Accuracy per group for a matcher with the given tuning.</summary>
    public static Dictionary<string, (int Correct, int Total)> Score(IntentMatcher matcher, IReadOnlyList<EvaluationQuestion> questions)
    {
        var groups = new Dictionary<string, (int Correct, int Total)>();
        foreach (var question in questions)
        {
            var correct = IsCorrect(Knowledge, matcher.Match(question.Q), question.Paragraphs);
            var (c, t) = groups.GetValueOrDefault(question.Group);
            groups[question.Group] = (c + (correct ? 1 : 0), t + 1);
        }

        return groups;
    }
}

public sealed record EvaluationQuestion(string Q, string Group, List<int> Paragraphs);

public sealed record EvaluationTurn(string Q, List<int> Paragraphs);

public sealed record EvaluationDialogue(string Language, List<EvaluationTurn> Turns);
