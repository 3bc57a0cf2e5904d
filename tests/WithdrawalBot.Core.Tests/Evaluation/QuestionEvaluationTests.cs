using System.Globalization;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace WithdrawalBot.Core.Tests.Evaluation;

/// <summary>
/// Runs the development sets (Evaluation/questions.json and dev2–dev71, tuned on) and the held-out set
/// (Evaluation/holdout.questions.json, never tuned on) through the matcher with its tuned defaults. Floors are set
/// a little under what the matcher reaches, so a change that makes matching worse fails here.
/// </summary>
public sealed class QuestionEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(EvaluationSet.DevelopmentQuestions, 0.97, 0.98, 0.92)]
    [InlineData(EvaluationSet.SecondDevelopmentQuestions, 0.95, 0.90, 0.90)]
    [InlineData(EvaluationSet.ThirdDevelopmentQuestions, 0.94, 0.91, 0.91)]
    [InlineData(EvaluationSet.FourthDevelopmentQuestions, 0.92, 0.95, 0.88)]
    [InlineData(EvaluationSet.FifthDevelopmentQuestions, 0.95, 0.98, 0.92)]
    [InlineData(EvaluationSet.SixthDevelopmentQuestions, 0.88, 0.80, 0.80)]
    [InlineData(EvaluationSet.SeventhDevelopmentQuestions, 0.95, 0.88, 0.86)]
    [InlineData(EvaluationSet.EighthDevelopmentQuestions, 0.93, 0.85, 0.85)]
    [InlineData(EvaluationSet.NinthDevelopmentQuestions, 0.96, 0.92, 0.94)]
    [InlineData(EvaluationSet.TenthDevelopmentQuestions, 0.94, 0.95, 0.86)]
    [InlineData(EvaluationSet.EleventhDevelopmentQuestions, 0.94, 0.96, 0.89)]
    [InlineData(EvaluationSet.TwelfthDevelopmentQuestions, 0.95, 0.85, 0.85)]
    [InlineData(EvaluationSet.ThirteenthDevelopmentQuestions, 0.94, 0.97, 0.90)]
    [InlineData(EvaluationSet.FourteenthDevelopmentQuestions, 0.93, 0.93, 0.89)]
    [InlineData(EvaluationSet.FifteenthDevelopmentQuestions, 0.90, 0.97, 0.85)]
    [InlineData(EvaluationSet.SixteenthDevelopmentQuestions, 0.93, 0.95, 0.88)]
    [InlineData(EvaluationSet.SeventeenthDevelopmentQuestions, 0.89, 0.85, 0.80)]
    [InlineData(EvaluationSet.EighteenthDevelopmentQuestions, 0.92, 0.93, 0.85)]
    [InlineData(EvaluationSet.NineteenthDevelopmentQuestions, 0.89, 0.90, 0.82)]
    [InlineData(EvaluationSet.TwentiethDevelopmentQuestions, 0.95, 0.91, 0.90)]
    [InlineData(EvaluationSet.TwentyFirstDevelopmentQuestions, 0.93, 0.93, 0.88)]
    [InlineData(EvaluationSet.TwentySecondDevelopmentQuestions, 0.94, 0.89, 0.88)]
    [InlineData(EvaluationSet.TwentyThirdDevelopmentQuestions, 0.92, 0.88, 0.85)]
    [InlineData(EvaluationSet.TwentyFourthDevelopmentQuestions, 0.91, 0.95, 0.82)]
    [InlineData(EvaluationSet.TwentyFifthDevelopmentQuestions, 0.91, 0.93, 0.85)]
    [InlineData(EvaluationSet.TwentySixthDevelopmentQuestions, 0.91, 0.93, 0.85)]
    [InlineData(EvaluationSet.TwentySeventhDevelopmentQuestions, 0.91, 0.92, 0.87)]
    [InlineData(EvaluationSet.TwentyEighthDevelopmentQuestions, 0.97, 0.93, 0.95)]
    [InlineData(EvaluationSet.TwentyNinthDevelopmentQuestions, 0.90, 0.95, 0.82)]
    [InlineData(EvaluationSet.ThirtiethDevelopmentQuestions, 0.88, 0.94, 0.81)]
    [InlineData(EvaluationSet.ThirtyFirstDevelopmentQuestions, 0.92, 0.92, 0.86)]
    [InlineData(EvaluationSet.ThirtySecondDevelopmentQuestions, 0.95, 0.92, 0.89)]
    [InlineData(EvaluationSet.ThirtyThirdDevelopmentQuestions, 0.92, 0.92, 0.86)]
    [InlineData(EvaluationSet.ThirtyFourthDevelopmentQuestions, 0.92, 0.94, 0.89)]
    [InlineData(EvaluationSet.ThirtyFifthDevelopmentQuestions, 0.94, 0.92, 0.91)]
    [InlineData(EvaluationSet.ThirtySixthDevelopmentQuestions, 0.89, 0.91, 0.79)]
    [InlineData(EvaluationSet.ThirtySeventhDevelopmentQuestions, 0.92, 0.94, 0.89)]
    [InlineData(EvaluationSet.ThirtyEighthDevelopmentQuestions, 0.92, 0.85, 0.86)]
    [InlineData(EvaluationSet.ThirtyNinthDevelopmentQuestions, 0.93, 0.94, 0.89)]
    [InlineData(EvaluationSet.FortiethDevelopmentQuestions, 0.94, 0.93, 0.93)]
    [InlineData(EvaluationSet.FortyFirstDevelopmentQuestions, 0.90, 0.90, 0.86)]
    [InlineData(EvaluationSet.FortySecondDevelopmentQuestions, 0.93, 0.94, 0.90)]
    [InlineData(EvaluationSet.FortyThirdDevelopmentQuestions, 0.97, 0.92, 0.92)]
    [InlineData(EvaluationSet.FortyFourthDevelopmentQuestions, 0.93, 0.94, 0.88)]
    [InlineData(EvaluationSet.FortyFifthDevelopmentQuestions, 0.95, 0.94, 0.91)]
    [InlineData(EvaluationSet.FortySixthDevelopmentQuestions, 0.94, 0.92, 0.87)]
    [InlineData(EvaluationSet.FortySeventhDevelopmentQuestions, 0.94, 0.92, 0.85)]
    [InlineData(EvaluationSet.FortyEighthDevelopmentQuestions, 0.90, 0.88, 0.85)]
    [InlineData(EvaluationSet.FortyNinthDevelopmentQuestions, 0.94, 0.94, 0.91)]
    [InlineData(EvaluationSet.FiftiethDevelopmentQuestions, 0.89, 0.92, 0.78)]
    [InlineData(EvaluationSet.FiftyFirstDevelopmentQuestions, 0.91, 0.97, 0.86)]
    [InlineData(EvaluationSet.FiftySecondDevelopmentQuestions, 0.93, 0.91, 0.89)]
    [InlineData(EvaluationSet.FiftyThirdDevelopmentQuestions, 0.91, 0.97, 0.83)]
    [InlineData(EvaluationSet.FiftyFourthDevelopmentQuestions, 0.96, 0.92, 0.92)]
    [InlineData(EvaluationSet.FiftyFifthDevelopmentQuestions, 0.96, 0.89, 0.89)]
    [InlineData(EvaluationSet.FiftySixthDevelopmentQuestions, 0.94, 0.97, 0.89)]
    [InlineData(EvaluationSet.FiftySeventhDevelopmentQuestions, 0.97, 0.95, 0.95)]
    [InlineData(EvaluationSet.FiftyEighthDevelopmentQuestions, 0.98, 0.95, 0.94)]
    [InlineData(EvaluationSet.FiftyNinthDevelopmentQuestions, 0.92, 0.91, 0.84)]
    [InlineData(EvaluationSet.SixtiethDevelopmentQuestions, 0.92, 0.88, 0.87)]
    [InlineData(EvaluationSet.SixtyFirstDevelopmentQuestions, 0.83, 0.91, 0.72)]
    [InlineData(EvaluationSet.SixtySecondDevelopmentQuestions, 0.78, 0.94, 0.64)]
    [InlineData(EvaluationSet.SixtyThirdDevelopmentQuestions, 0.82, 0.90, 0.68)]
    [InlineData(EvaluationSet.SixtyFourthDevelopmentQuestions, 0.68, 0.92, 0.52)]
    [InlineData(EvaluationSet.SixtyFifthDevelopmentQuestions, 0.73, 0.78, 0.64)]
    [InlineData(EvaluationSet.SixtySixthDevelopmentQuestions, 0.87, 0.85, 0.85)]
    [InlineData(EvaluationSet.SixtySeventhDevelopmentQuestions, 0.58, 0.77, 0.47)]
    [InlineData(EvaluationSet.SixtyEighthDevelopmentQuestions, 0.78, 0.84, 0.70)]
    [InlineData(EvaluationSet.SixtyNinthDevelopmentQuestions, 0.89, 0.91, 0.85)]
    [InlineData(EvaluationSet.SeventiethDevelopmentQuestions, 0.92, 0.80, 0.80)]
    [InlineData(EvaluationSet.SeventyFirstDevelopmentQuestions, 0.71, 0.82, 0.65)]
    [InlineData(EvaluationSet.HeldOutQuestions, 0.90, 0.90, 0.83)]
    public void Match_EvaluationSet_MeetsAccuracyFloors(string file, double inScopeFloor, double outOfScopeFloor, double groupFloor)
    {
        var all = EvaluationSet.Questions(file);
        var copies = EvaluationSet.CopiesOfTrainingQuestions(all);
        var questions = all.Where(q => !copies.Contains(q.Q)).ToArray();
        var matcher = new IntentMatcher(EvaluationSet.Knowledge);
        var failures = new List<string>();
        var groups = new SortedDictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
        foreach (var question in questions)
        {
            var result = matcher.Match(question.Q);
            var correct = EvaluationSet.IsCorrect(EvaluationSet.Knowledge, result, question.Paragraphs);
            var (c, t) = groups.GetValueOrDefault(question.Group);
            groups[question.Group] = (c + (correct ? 1 : 0), t + 1);
            if (!correct)
            {
                var best = result.Best is { } b ? $"{b.Kind} {b.Id} {b.Score:0.000}" : "nothing";
                failures.Add($"  [{question.Group}] {question.Q} → {best} (expected {string.Join(",", question.Paragraphs.DefaultIfEmpty(0))}; terms: {string.Join(" ", matcher.QueryTerms(question.Q))})");
            }
        }

        var inScope = groups.Where(g => g.Key != EvaluationSet.OutOfScope).Aggregate((Correct: 0, Total: 0), (sum, g) => (sum.Correct + g.Value.Correct, sum.Total + g.Value.Total));
        var outOfScope = groups.GetValueOrDefault(EvaluationSet.OutOfScope);
        output.WriteLine($"threshold {matcher.Tuning.Threshold:0.00}, {questions.Length} questions ({copies.Count} left out: also training questions)");
        foreach (var (group, (correct, total)) in groups)
        {
            output.WriteLine($"{group,-14} {correct,3}/{total,-3} {Percent(correct, total)}");
        }

        output.WriteLine($"{"in scope",-14} {inScope.Correct,3}/{inScope.Total,-3} {Percent(inScope.Correct, inScope.Total)}");
        // The held-out set stays blind: only its figures are printed, never its questions.
        if (file != EvaluationSet.HeldOutQuestions)
        {
            output.WriteLine("misses:");
            failures.ForEach(output.WriteLine);
        }

        Assert.True(Rate(inScope) >= inScopeFloor, $"in-scope top-1 accuracy {Percent(inScope.Correct, inScope.Total)} is under {inScopeFloor:P0}");
        Assert.True(Rate(outOfScope) >= outOfScopeFloor, $"out-of-scope refusals {Percent(outOfScope.Correct, outOfScope.Total)} are under {outOfScopeFloor:P0}");
        Assert.All(groups, g => Assert.True(Rate(g.Value) >= groupFloor, $"group {g.Key}: {Percent(g.Value.Correct, g.Value.Total)} is under {groupFloor:P0}"));
    }

    /// <summary>
    /// What a user sees for an in-scope question: the right answer, or, when the bot is not sure enough to answer, the
    /// right question offered first under "Did you mean one of these?" (one tap away).
    /// </summary>
    [Theory]
    [InlineData(EvaluationSet.DevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.NinthDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.TenthDevelopmentQuestions, 0.96)]
    [InlineData(EvaluationSet.HeldOutQuestions, 0.94)]
    public async Task HandleAsync_InScopeQuestion_IsAnsweredOrTheRightQuestionIsOfferedFirst(string file, double floor)
    {
        var bot = EvaluationSet.Bot();
        var copies = EvaluationSet.CopiesOfTrainingQuestions(EvaluationSet.Questions(file));
        var questions = EvaluationSet.Questions(file).Where(q => q.Group != EvaluationSet.OutOfScope && !copies.Contains(q.Q)).ToArray();
        var (answered, offered) = (0, 0);
        for (var i = 0; i < questions.Length; i++)
        {
            var question = questions[i];
            var reply = await bot.SendAsync(RouterFixture.Private(question.Q, "evaluation-" + i.ToString(CultureInfo.InvariantCulture)));
            if (reply is { Answered: true } && RouterFixture.Paragraphs(reply).Any(question.Paragraphs.Contains))
            {
                answered++;
            }
            else if (reply is { Answered: false, Buttons: [var first, ..] } && ButtonPayloads.Parse(first.Payload) is { } action
                && EvaluationSet.Knowledge.TryGetFact(action.FactId, out var fact) && fact.Citations.Any(c => question.Paragraphs.Contains(c.Paragraph)))
            {
                offered++;
            }
        }

        output.WriteLine($"{questions.Length} in-scope questions: answered {Percent(answered, questions.Length)}, offered first when refused {Percent(offered, questions.Length)}, together {Percent(answered + offered, questions.Length)}");
        Assert.True((answered + offered) / (double)questions.Length >= floor, $"answered or offered first: {Percent(answered + offered, questions.Length)}, under {floor:P0}");
    }

    /// <summary>
    /// What a user sees for a question the report does not answer, through everything the router adds to the matcher
    /// (the question splitter, paragraph requests, follow-up reading): no reply that states a fact as the answer. A reply
    /// that says it cannot tell what happened after the report (intent "beyond-report"), that it does not say a claim's
    /// figure or date (intent "not-as-claimed"), or that it gives no figure for what was counted ("no-figure") or no names
    /// for what was asked to name ("no-name"), before giving what it does say, counts as a refusal.
    /// </summary>
    [Theory]
    [InlineData(EvaluationSet.DevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.SecondDevelopmentQuestions, 0.90)]
    [InlineData(EvaluationSet.SixthDevelopmentQuestions, 0.78)]
    [InlineData(EvaluationSet.SeventhDevelopmentQuestions, 0.88)]
    [InlineData(EvaluationSet.EighthDevelopmentQuestions, 0.83)]
    [InlineData(EvaluationSet.TwelfthDevelopmentQuestions, 0.85)]
    [InlineData(EvaluationSet.FourteenthDevelopmentQuestions, 0.92)]
    [InlineData(EvaluationSet.FifteenthDevelopmentQuestions, 0.97)]
    [InlineData(EvaluationSet.SixteenthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.SeventeenthDevelopmentQuestions, 0.80)]
    [InlineData(EvaluationSet.EighteenthDevelopmentQuestions, 0.90)]
    [InlineData(EvaluationSet.NineteenthDevelopmentQuestions, 0.90)]
    [InlineData(EvaluationSet.TwentiethDevelopmentQuestions, 0.93)]
    [InlineData(EvaluationSet.TwentyFirstDevelopmentQuestions, 0.97)]
    [InlineData(EvaluationSet.TwentySecondDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.TwentyThirdDevelopmentQuestions, 0.89)]
    [InlineData(EvaluationSet.TwentyFourthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.TwentyFifthDevelopmentQuestions, 0.96)]
    [InlineData(EvaluationSet.TwentySixthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.TwentySeventhDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.TwentyEighthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.TwentyNinthDevelopmentQuestions, 0.97)]
    [InlineData(EvaluationSet.ThirtiethDevelopmentQuestions, 0.97)]
    [InlineData(EvaluationSet.ThirtyFirstDevelopmentQuestions, 0.91)]
    [InlineData(EvaluationSet.ThirtySecondDevelopmentQuestions, 0.97)]
    [InlineData(EvaluationSet.ThirtyThirdDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.ThirtyFourthDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.ThirtyFifthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.ThirtySixthDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.ThirtySeventhDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.ThirtyEighthDevelopmentQuestions, 0.92)]
    [InlineData(EvaluationSet.ThirtyNinthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FortiethDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FortyFirstDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FortySecondDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FortyThirdDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FortyFourthDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.FortyFifthDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FortySixthDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FortySeventhDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FortyEighthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FortyNinthDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FiftiethDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.FiftyFirstDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FiftySecondDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FiftyThirdDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FiftyFourthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FiftyFifthDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.FiftySixthDevelopmentQuestions, 0.95)]
    [InlineData(EvaluationSet.FiftySeventhDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FiftyEighthDevelopmentQuestions, 0.98)]
    [InlineData(EvaluationSet.FiftyNinthDevelopmentQuestions, 0.97)]
    [InlineData(EvaluationSet.SixtiethDevelopmentQuestions, 0.92)]
    [InlineData(EvaluationSet.SixtyFirstDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.SixtySecondDevelopmentQuestions, 0.94)]
    [InlineData(EvaluationSet.SixtyThirdDevelopmentQuestions, 0.90)]
    [InlineData(EvaluationSet.SixtyFourthDevelopmentQuestions, 0.91)]
    [InlineData(EvaluationSet.SixtyFifthDevelopmentQuestions, 0.84)]
    [InlineData(EvaluationSet.SixtySixthDevelopmentQuestions, 0.92)]
    [InlineData(EvaluationSet.SixtySeventhDevelopmentQuestions, 0.84)]
    [InlineData(EvaluationSet.SixtyEighthDevelopmentQuestions, 0.88)]
    [InlineData(EvaluationSet.SixtyNinthDevelopmentQuestions, 0.90)]
    [InlineData(EvaluationSet.SeventiethDevelopmentQuestions, 0.92)]
    [InlineData(EvaluationSet.SeventyFirstDevelopmentQuestions, 0.87)]
    [InlineData(EvaluationSet.HeldOutQuestions, 0.95)]
    public async Task HandleAsync_OutOfScopeQuestion_IsNotAnsweredWithAFact(string file, double floor)
    {
        var bot = EvaluationSet.Bot();
        var questions = EvaluationSet.Questions(file).Where(q => q.Group == EvaluationSet.OutOfScope).ToArray();
        var refused = 0;
        for (var i = 0; i < questions.Length; i++)
        {
            var reply = await bot.SendAsync(RouterFixture.Private(questions[i].Q, "refusal-" + i.ToString(CultureInfo.InvariantCulture)));
            if (reply is null or { Answered: false } or { Intent: ReplyComposer.BeyondReportIntent or ReplyComposer.NotAsClaimedIntent or ReplyComposer.NoFigureIntent or ReplyComposer.NoNameIntent or ReplyComposer.NoVerdictIntent or ReplyComposer.NoDateIntent or ReplyComposer.NoExactDayIntent })
            {
                refused++;
            }
            else if (file != EvaluationSet.HeldOutQuestions)
            {
                output.WriteLine($"  answered: {questions[i].Q} → {reply.Intent} [{string.Join(",", RouterFixture.Paragraphs(reply))}]");
            }
        }

        output.WriteLine($"{questions.Length} out-of-scope questions: refused {Percent(refused, questions.Length)}");
        Assert.True(refused / (double)questions.Length >= floor, $"refused through the router: {Percent(refused, questions.Length)}, under {floor:P0}");
    }

    [Fact]
    public void Match_ThresholdSweep_DefaultSitsNearTheBalancedBest()
    {
        var all = EvaluationSet.Questions();
        var copies = EvaluationSet.CopiesOfTrainingQuestions(all);
        var matcher = new IntentMatcher(EvaluationSet.Knowledge);
        var results = all.Where(q => !copies.Contains(q.Q)).Select(q => (Question: q, Result: matcher.Match(q.Q))).ToArray();
        var best = (Threshold: 0.0, Balanced: -1.0);
        for (var step = 10; step <= 60; step++)
        {
            var threshold = step / 100.0;
            var inScope = results.Where(r => r.Question.Group != EvaluationSet.OutOfScope).Average(r => EvaluationSet.IsCorrect(EvaluationSet.Knowledge, r.Result with { Threshold = threshold }, r.Question.Paragraphs) ? 1.0 : 0);
            var outOfScope = results.Where(r => r.Question.Group == EvaluationSet.OutOfScope).Average(r => EvaluationSet.IsCorrect(EvaluationSet.Knowledge, r.Result with { Threshold = threshold }, r.Question.Paragraphs) ? 1.0 : 0);
            var balanced = Math.Min(inScope, outOfScope) + (0.1 * (inScope + outOfScope));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"threshold {threshold:0.00}: in scope {inScope:P1}, out of scope {outOfScope:P1}"));
            if (balanced > best.Balanced + 1e-9)
            {
                best = (threshold, balanced);
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"best balanced threshold {best.Threshold:0.00}; default {matcher.Tuning.Threshold:0.00}"));
        Assert.InRange(matcher.Tuning.Threshold, best.Threshold - 0.05, best.Threshold + 0.05);
    }

    [Theory]
    [InlineData(EvaluationSet.DevelopmentQuestions)]
    [InlineData(EvaluationSet.HeldOutQuestions)]
    public void EvaluationSet_HasEnoughQuestionsPerGroup(string file)
    {
        var questions = EvaluationSet.Questions(file);

        var groups = questions.GroupBy(q => q.Group).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(questions.Count >= 150, $"{questions.Count} questions");
        Assert.True(groups.GetValueOrDefault(EvaluationSet.OutOfScope) >= 40);
        Assert.All(new[] { "msa", "dialect", "ar-no-hamza", "en", "en-typo" }, group => Assert.True(groups.GetValueOrDefault(group) >= 20, group));
    }

    [Theory]
    [InlineData(EvaluationSet.DevelopmentQuestions)]
    [InlineData(EvaluationSet.SecondDevelopmentQuestions)]
    [InlineData(EvaluationSet.ThirdDevelopmentQuestions)]
    [InlineData(EvaluationSet.FourthDevelopmentQuestions)]
    [InlineData(EvaluationSet.FifthDevelopmentQuestions)]
    [InlineData(EvaluationSet.SixthDevelopmentQuestions)]
    [InlineData(EvaluationSet.SeventhDevelopmentQuestions)]
    [InlineData(EvaluationSet.EighthDevelopmentQuestions)]
    [InlineData(EvaluationSet.NinthDevelopmentQuestions)]
    [InlineData(EvaluationSet.TenthDevelopmentQuestions)]
    [InlineData(EvaluationSet.EleventhDevelopmentQuestions)]
    [InlineData(EvaluationSet.TwelfthDevelopmentQuestions)]
    [InlineData(EvaluationSet.HeldOutQuestions)]
    public void EvaluationSet_FewQuestionsAreCopiesOfTrainingQuestions(string file)
    {
        var questions = EvaluationSet.Questions(file);

        var copies = EvaluationSet.CopiesOfTrainingQuestions(questions);

        var shown = file == EvaluationSet.HeldOutQuestions ? "(not shown: the set stays blind)" : string.Join(" | ", copies);
        output.WriteLine($"{copies.Count} evaluation questions are also training questions (left out of the accuracy): {shown}");
        Assert.True(copies.Count <= questions.Count / 10, $"{copies.Count} of {questions.Count} evaluation questions are copies of training questions");
    }

    private static double Rate((int Correct, int Total) score) => score.Total == 0 ? 1 : score.Correct / (double)score.Total;

    private static string Percent(int correct, int total) => (total == 0 ? 1 : correct / (double)total).ToString("P1", CultureInfo.InvariantCulture);
}
