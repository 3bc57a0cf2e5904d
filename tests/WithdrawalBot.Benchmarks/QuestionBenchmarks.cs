using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Diagnostics;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;
using WithdrawalBot.Core.Text;

namespace WithdrawalBot.Benchmarks;

/// <summary>
/// One question end to end in the core: clean and normalize, match, compose the reply (Answer*); and the same
/// through the router with in-memory stores (Route*). Targets: median under 50 µs, a few KB allocated.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class QuestionBenchmarks
{
    private const string Dialect = "شوكت يطلعون الامريكان من اربيل؟";
    private const string English = "When will US troops leave Erbil?";

    private IntentMatcher matcher = null!;
    private ReplyComposer composer = null!;
    private KnowledgeBase knowledge = null!;
    private Router router = null!;
    private IncomingMessage dialectMessage = null!;
    private IncomingMessage englishMessage = null!;

    [GlobalSetup]
    public void Setup()
    {
        knowledge = KnowledgeLoader.Load(KnowledgePath.Find());
        matcher = new IntentMatcher(knowledge);
        composer = new ReplyComposer(knowledge, TimeProvider.System);
        var memory = new ConversationMemory(TimeProvider.System, Options.Create(new ConversationOptions()));
        router = new Router(knowledge, matcher, composer, memory, new NoSettings(), new NoUnanswered(), [], new BotMetrics(new NoMeterFactory()), TimeProvider.System, NullLogger<Router>.Instance);
        var chat = new ChatAddress(ChatPlatform.Console, "bench");
        dialectMessage = new IncomingMessage(chat, ChatKind.Private, new Sender("1"), Dialect);
        englishMessage = new IncomingMessage(chat, ChatKind.Private, new Sender("2"), English);
    }

    [Benchmark]
    public Reply AnswerArabicDialect() => Answer(Dialect);

    [Benchmark]
    public Reply AnswerEnglish() => Answer(English);

    [Benchmark]
    public Task<Reply?> RouteArabicDialect() => router.HandleAsync(dialectMessage, CancellationToken.None);

    [Benchmark]
    public Task<Reply?> RouteEnglish() => router.HandleAsync(englishMessage, CancellationToken.None);

    private Reply Answer(string question)
    {
        var language = LanguageDetector.Detect(question) ?? Language.English;
        var result = matcher.Match(question);
        return result is { IsConfident: true, Best: { Kind: MatchKind.Fact } best } && knowledge.TryGetFact(best.Id, out var fact)
            ? composer.Answer(fact, language, result.Confidence)
            : composer.Refusal(language, result.Confidence, []);
    }

    private sealed class NoSettings : IChatSettingsStore
    {
        public Task<ChatSettings> GetAsync(ChatAddress chat, CancellationToken cancellationToken) => Task.FromResult(new ChatSettings(chat, null, null));

        public Task SaveAsync(ChatSettings settings, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class NoUnanswered : IUnansweredLog
    {
        public Task RecordAsync(UnansweredQuestion question, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<UnansweredQuestion>> LatestAsync(int count, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<UnansweredQuestion>>([]);
    }
}
