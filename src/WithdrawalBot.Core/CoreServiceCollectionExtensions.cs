using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Conversation;
using WithdrawalBot.Core.Knowledge;
using WithdrawalBot.Core.Matching;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core;

/// <summary>Registers the core: knowledge base, matcher, reply composer, conversation memory, router.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the knowledge base (section <c>Knowledge</c>; loaded and validated while the host starts, so a
    /// broken file stops it before any platform connects), the intent matcher, the reply composer, the
    /// conversation memory (section <c>Conversation</c>), the <see cref="Router"/> as <see cref="IMessageRouter"/>,
    /// the <see cref="InlineAnswerer"/> as <see cref="IInlineAnswerer"/>,
    /// metrics, and <see cref="TimeProvider.System"/> unless a clock is already registered. Stores
    /// (<c>IChatSettingsStore</c>, <c>IUnansweredLog</c>, optionally <c>IFeedbackStore</c>) come from the storage area.
    /// </summary>
    public static IServiceCollection AddWithdrawalBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddMetrics();
        services.TryAddSingleton<Diagnostics.BotMetrics>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ConversationOptions>()
            .Bind(configuration.GetSection(ConversationOptions.SectionName))
            .Validate(o => o.FollowUpWindow > TimeSpan.Zero, "Conversation:FollowUpWindow must be a positive time span, e.g. 00:10:00.")
            .ValidateOnStart();

        services.TryAddSingleton(sp =>
        {
            var knowledge = KnowledgeLoader.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.FullPath);
            KnowledgeGaps.Log(knowledge, sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KnowledgeGaps)));
            return knowledge;
        });
        services.TryAddSingleton(sp => new IntentMatcher(sp.GetRequiredService<KnowledgeBase>()));
        services.TryAddSingleton<ReplyComposer>();
        services.TryAddSingleton<ConversationMemory>();
        services.TryAddSingleton<IMessageRouter, Router>();
        services.TryAddSingleton<IInlineAnswerer, InlineAnswerer>();
        services.AddHostedService<KnowledgeStartup>();
        return services;
    }
}
