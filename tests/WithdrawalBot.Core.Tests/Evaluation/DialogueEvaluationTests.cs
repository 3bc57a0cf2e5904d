using System.Globalization;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Tests.Support;
using Xunit.Abstractions;

namespace WithdrawalBot.Core.Tests.Evaluation;

/// <summary>
/// Runs Evaluation/dialogues.json, dev2, dev3, dev4 and dev7–dev71 (development) and holdout.dialogues.json (held out) through the router
/// turn by turn (one user per dialogue, the real knowledge): a turn is right when the reply cites one of its
/// paragraphs, or, for a turn expecting none, states no facts, or says the report cannot tell what happened since, does
/// not give what was claimed, gives no figure for what was counted or no names for what was asked to name, before
/// saying what it does give.
/// </summary>
public sealed class DialogueEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dialogues.json", 40, 0.95, 0.90)]
    [InlineData("dev2.dialogues.json", 30, 0.92, 0.84)]
    [InlineData("dev3.dialogues.json", 30, 0.95, 0.82)]
    [InlineData("dev4.dialogues.json", 30, 0.90, 0.78)]
    [InlineData("dev7.dialogues.json", 30, 0.95, 0.86)]
    [InlineData("dev8.dialogues.json", 40, 0.80, 0.80)]
    [InlineData("dev9.dialogues.json", 30, 0.92, 0.77)]
    [InlineData("dev10.dialogues.json", 30, 0.85, 0.82)]
    [InlineData("dev11.dialogues.json", 25, 0.94, 0.80)]
    [InlineData("dev12.dialogues.json", 25, 0.94, 0.77)]
    [InlineData("dev13.dialogues.json", 20, 0.95, 0.91)]
    [InlineData("dev14.dialogues.json", 20, 0.90, 0.79)]
    [InlineData("dev15.dialogues.json", 30, 0.97, 0.90)]
    [InlineData("dev16.dialogues.json", 30, 0.90, 0.83)]
    [InlineData("dev17.dialogues.json", 30, 0.95, 0.85)]
    [InlineData("dev18.dialogues.json", 30, 0.95, 0.88)]
    [InlineData("dev19.dialogues.json", 30, 0.95, 0.87)]
    [InlineData("dev20.dialogues.json", 30, 0.95, 0.85)]
    [InlineData("dev21.dialogues.json", 30, 0.90, 0.88)]
    [InlineData("dev22.dialogues.json", 30, 0.88, 0.86)]
    [InlineData("dev23.dialogues.json", 35, 0.95, 0.85)]
    [InlineData("dev24.dialogues.json", 20, 0.90, 0.85)]
    [InlineData("dev25.dialogues.json", 20, 0.85, 0.88)]
    [InlineData("dev26.dialogues.json", 30, 0.95, 0.78)]
    [InlineData("dev27.dialogues.json", 30, 0.88, 0.85)]
    [InlineData("dev28.dialogues.json", 50, 0.96, 0.85)]
    [InlineData("dev29.dialogues.json", 30, 0.96, 0.90)]
    [InlineData("dev30.dialogues.json", 30, 0.93, 0.83)]
    [InlineData("dev31.dialogues.json", 30, 0.96, 0.85)]
    [InlineData("dev32.dialogues.json", 30, 0.86, 0.79)]
    [InlineData("dev33.dialogues.json", 30, 0.93, 0.81)]
    [InlineData("dev34.dialogues.json", 30, 0.93, 0.83)]
    [InlineData("dev35.dialogues.json", 30, 0.86, 0.83)]
    [InlineData("dev36.dialogues.json", 30, 0.86, 0.88)]
    [InlineData("dev37.dialogues.json", 30, 0.90, 0.84)]
    [InlineData("dev38.dialogues.json", 30, 0.93, 0.80)]
    [InlineData("dev39.dialogues.json", 30, 0.96, 0.88)]
    [InlineData("dev40.dialogues.json", 30, 0.90, 0.78)]
    [InlineData("dev41.dialogues.json", 30, 0.96, 0.86)]
    [InlineData("dev42.dialogues.json", 30, 0.90, 0.80)]
    [InlineData("dev43.dialogues.json", 30, 0.93, 0.82)]
    [InlineData("dev44.dialogues.json", 30, 0.90, 0.87)]
    [InlineData("dev45.dialogues.json", 30, 0.86, 0.81)]
    [InlineData("dev46.dialogues.json", 30, 0.90, 0.85)]
    [InlineData("dev47.dialogues.json", 30, 0.96, 0.80)]
    [InlineData("dev48.dialogues.json", 30, 0.96, 0.85)]
    [InlineData("dev49.dialogues.json", 30, 0.86, 0.90)]
    [InlineData("dev50.dialogues.json", 30, 0.96, 0.81)]
    [InlineData("dev51.dialogues.json", 30, 0.96, 0.85)]
    [InlineData("dev52.dialogues.json", 30, 0.96, 0.91)]
    [InlineData("dev53.dialogues.json", 30, 0.83, 0.87)]
    [InlineData("dev54.dialogues.json", 30, 0.83, 0.91)]
    [InlineData("dev55.dialogues.json", 30, 0.96, 0.76)]
    [InlineData("dev56.dialogues.json", 30, 0.93, 0.84)]
    [InlineData("dev57.dialogues.json", 30, 0.96, 0.90)]
    [InlineData("dev58.dialogues.json", 30, 0.93, 0.79)]
    [InlineData("dev59.dialogues.json", 30, 0.96, 0.76)]
    [InlineData("dev60.dialogues.json", 30, 0.93, 0.86)]
    [InlineData("dev61.dialogues.json", 30, 0.83, 0.71)]
    [InlineData("dev62.dialogues.json", 30, 0.83, 0.69)]
    [InlineData("dev63.dialogues.json", 30, 0.83, 0.78)]
    [InlineData("dev64.dialogues.json", 30, 0.73, 0.68)]
    [InlineData("dev65.dialogues.json", 30, 0.80, 0.71)]
    [InlineData("dev66.dialogues.json", 30, 0.83, 0.75)]
    [InlineData("dev67.dialogues.json", 30, 0.48, 0.61)]
    [InlineData("dev68.dialogues.json", 30, 0.75, 0.74)]
    [InlineData("dev69.dialogues.json", 30, 0.86, 0.85)]
    [InlineData("dev70.dialogues.json", 30, 0.93, 0.74)]
    [InlineData("dev71.dialogues.json", 30, 0.70, 0.72)]
    [InlineData(EvaluationSet.HeldOutDialogues, 30, 0.97, 0.88)]
    public async Task HandleAsync_EvaluationDialogues_MeetAccuracyFloors(string file, int minimumDialogues, double firstTurnFloor, double followUpFloor)
    {
        var dialogues = EvaluationSet.Dialogues(file);
        var bot = EvaluationSet.Bot();
        var first = (Correct: 0, Total: 0);
        var followUps = (Correct: 0, Total: 0);
        var languageMismatches = 0;
        for (var d = 0; d < dialogues.Count; d++)
        {
            var dialogue = dialogues[d];
            var user = "dialogue-" + d.ToString(CultureInfo.InvariantCulture);
            for (var t = 0; t < dialogue.Turns.Count; t++)
            {
                var turn = dialogue.Turns[t];
                var reply = await bot.SendAsync(RouterFixture.Private(turn.Q, user));
                var cited = RouterFixture.Paragraphs(reply);
                var correct = turn.Paragraphs.Count == 0 ? reply is { Answered: false } or { Intent: ReplyComposer.BeyondReportIntent or ReplyComposer.NotAsClaimedIntent or ReplyComposer.NoFigureIntent or ReplyComposer.NoNameIntent or ReplyComposer.NoVerdictIntent or ReplyComposer.NoDateIntent or ReplyComposer.NoExactDayIntent } : reply is { Answered: true } && cited.Any(turn.Paragraphs.Contains);
                if (reply is not null && LanguageCodes.ToCode(reply.Language) != dialogue.Language)
                {
                    languageMismatches++;
                    output.WriteLine($"  [{d}.{t}] {(file == EvaluationSet.HeldOutDialogues ? "(held out)" : turn.Q)} → replied in {LanguageCodes.ToCode(reply.Language)}, not {dialogue.Language}");
                }

                if (t == 0)
                {
                    first = (first.Correct + (correct ? 1 : 0), first.Total + 1);
                }
                else
                {
                    followUps = (followUps.Correct + (correct ? 1 : 0), followUps.Total + 1);
                }

                if (!correct && file != EvaluationSet.HeldOutDialogues)
                {
                    output.WriteLine($"  [{d}.{t}] {turn.Q} → {reply?.Intent} [{string.Join(",", cited)}] (expected {string.Join(",", turn.Paragraphs.DefaultIfEmpty(0))})");
                }
            }
        }

        output.WriteLine($"{file}: {dialogues.Count} dialogues; first turns {first.Correct}/{first.Total} {Rate(first):P1}; follow-ups {followUps.Correct}/{followUps.Total} {Rate(followUps):P1}; replies in another language than the dialogue's: {languageMismatches}");

        Assert.True(dialogues.Count >= minimumDialogues, $"{dialogues.Count} dialogues");
        Assert.True(Rate(first) >= firstTurnFloor, $"first turns {Rate(first):P1} under {firstTurnFloor:P0}");
        Assert.True(Rate(followUps) >= followUpFloor, $"follow-ups {Rate(followUps):P1} under {followUpFloor:P0}");
        Assert.Equal(0, languageMismatches);
    }

    private static double Rate((int Correct, int Total) score) => score.Total == 0 ? 1 : score.Correct / (double)score.Total;
}
