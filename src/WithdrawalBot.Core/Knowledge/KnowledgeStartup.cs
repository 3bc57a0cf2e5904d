using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using WithdrawalBot.Core.Matching;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// Loads the knowledge base and builds the matcher's index while the host starts: the host constructs every
/// hosted service before starting any, so a broken knowledge file (a <see cref="KnowledgeValidationException"/>
/// naming the file and the entry) stops start-up before any platform connects.
/// </summary>
internal sealed class KnowledgeStartup(KnowledgeBase knowledge, IntentMatcher matcher, ILogger<KnowledgeStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        KnowledgeLog.Loaded(logger, knowledge.Facts.Count, knowledge.Intents.Count, knowledge.Milestones.Count, matcher.DocumentCount, knowledge.Article.ParagraphCount);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
