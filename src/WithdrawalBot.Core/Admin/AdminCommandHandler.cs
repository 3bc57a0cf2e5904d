using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Languages;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Core.Storage;

namespace WithdrawalBot.Core.Admin;

/// <summary>
/// The operator commands, hidden from command menus: <c>/stats</c> (subscriptions, questions answered and refused in all
/// and in the last <see cref="RecentDays"/> days, the most asked unanswered ones, feedback totals and the answers most
/// often rated unhelpful) and <c>/unanswered</c> (the latest
/// <see cref="LatestCount"/> unanswered questions, newest first, with when and language). Only senders listed in
/// <c>Admin:UserIds</c> get them, and only in a private chat (so numbers and users' questions are not posted to a
/// group); anyone else gets a polite refusal. Stores the storage area does not register are left out of the reply.
/// </summary>
public sealed class AdminCommandHandler(
    OperatorList operators,
    IUnansweredLog unanswered,
    TimeProvider time,
    ILogger<AdminCommandHandler> logger,
    IUnansweredStatistics? unansweredStatistics = null,
    IFeedbackStatistics? feedback = null,
    ISubscriptionStore? subscriptions = null,
    IQuestionCountStore? questions = null) : ICommandHandler
{
    /// <summary>
    /// The recent window of <c>/stats</c>, in UTC days including today. A week: recent enough to show whether people use
    /// the bot now and whether what they ask now is covered (a gap in the knowledge shows as a rising refused share, which
    /// all-time totals dilute), long enough to smooth out weekdays. The all-time totals beside it survive restarts, unlike
    /// the metrics endpoint's counters, which start again at every start.
    /// </summary>
    public const int RecentDays = 7;

    /// <summary>How many questions <c>/unanswered</c> lists.</summary>
    public const int LatestCount = 10;

    /// <summary>How many entries the top lists of <c>/stats</c> show.</summary>
    public const int TopCount = 5;

    /// <inheritdoc />
    public IReadOnlyList<CommandSpec> Commands { get; } =
    [
        new("stats", "Operator: usage statistics", "للمشغّل: إحصاءات الاستخدام") { Hidden = true },
        new("unanswered", "Operator: latest questions the bot could not answer", "للمشغّل: آخر الأسئلة التي لم يجد البوت جوابها") { Hidden = true },
    ];

    /// <inheritdoc />
    public async Task<Reply> HandleAsync(string commandName, IncomingMessage message, Language language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (commandName is not ("stats" or "unanswered"))
        {
            throw new ArgumentOutOfRangeException(nameof(commandName), commandName, "Not an operator command.");
        }

        var platform = message.Chat.Platform.ToString().ToLowerInvariant();
        var userId = message.Sender?.Id ?? "(unknown)";
        if (!operators.IsOperator(message))
        {
            AdminLog.Refused(logger, commandName, platform, userId);
            return AdminReplies.Refused(commandName, language);
        }

        if (message.Kind != ChatKind.Private)
        {
            return AdminReplies.PrivateOnly(commandName, language);
        }

        AdminLog.Served(logger, commandName, platform, userId);
        return commandName == "stats"
            ? AdminReplies.Stats(await CollectAsync(cancellationToken), language)
            : AdminReplies.Unanswered(await unanswered.LatestAsync(LatestCount, cancellationToken), time.GetUtcNow(), language);
    }

    private async Task<AdminStatistics> CollectAsync(CancellationToken cancellationToken)
    {
        int? active = null;
        int? chats = null;
        if (subscriptions is not null)
        {
            var list = await subscriptions.ListActiveAsync(cancellationToken);
            active = list.Count;
            chats = list.Select(s => (s.Chat.Platform, s.Chat.ChatId)).Distinct().Count();
        }

        var total = unansweredStatistics is null ? (int?)null : await unansweredStatistics.CountAsync(cancellationToken);
        IReadOnlyList<UnansweredTally> top = unansweredStatistics is null ? [] : await unansweredStatistics.TopAsync(TopCount, cancellationToken);
        var ratings = feedback is null ? null : await feedback.SummarizeAsync(TopCount, cancellationToken);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var counts = questions is null ? null : await questions.CountAsync(today.AddDays(1 - RecentDays), cancellationToken);
        return new AdminStatistics(active, chats, total, top, ratings) { Questions = counts };
    }
}
