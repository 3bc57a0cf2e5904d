using WithdrawalBot.Core.Platforms;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Replies;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Models;
using WithdrawalBot.Discord.Rest;

namespace WithdrawalBot.Discord.Adapter;

/// <summary>
/// Answers INTERACTION_CREATE. Slash commands (type 2) are acknowledged at once with a deferred response
/// (type 5, "thinking…") so Discord's 3-second deadline holds however long the answer takes; the answer then
/// replaces it (<c>PATCH …/@original</c>), with follow-ups for further parts. Button taps (type 3) are
/// acknowledged with a deferred update (type 6) and answered with follow-up messages; the thanks for a 👍/👎 vote
/// (<see cref="ReplyComposer.FeedbackIntent"/>) is an ephemeral follow-up, sent once per user, answer and button, and so is
/// "that button is no longer valid" (<see cref="Router.StaleButtonIntent"/>). An answer Discord rate-limits is sent again
/// when the limit lifts (up to <see cref="DiscordMessageHandler.MaxReplyRetries"/> times, waits of at most
/// <see cref="DiscordMessageHandler.MaxReplyWait"/>), as message replies are. The reply language
/// comes from the question and the chat's setting, never from the Discord client locale.
/// </summary>
public sealed class InteractionResponder(DiscordRestClient rest, ChannelDirectory directory, DiscordChatPlatform platform, IMessageRouter router,
    TimeProvider time, ILogger<InteractionResponder> logger)
{
    private const int ApplicationCommand = 2;
    private const int MessageComponent = 3;
    private const int Ephemeral = 64;

    // An answer Discord rate-limits (more 429s in a row than one request waits out, a global pause) is sent again once the
    // limit lifts, as message replies are, within the interaction token's 15 minutes: given up after three 429s, the asker
    // was left on "thinking…" (break 28). A 429 was not acted on, so sending again posts nothing twice.
    private readonly ResiliencePipeline answerRetries = new ResiliencePipelineBuilder { TimeProvider = time }
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<DiscordRateLimitedException>(e => e.RetryAfter <= DiscordMessageHandler.MaxReplyWait),
            MaxRetryAttempts = DiscordMessageHandler.MaxReplyRetries,
            DelayGenerator = arguments => ValueTask.FromResult((arguments.Outcome.Exception as DiscordRateLimitedException)?.RetryAfter),
        })
        .Build();

    // Votes already thanked: (answer message, voter, button). Pressing the same 👍 again is recorded by the router but not thanked twice.
    private readonly RecentIds thankedVotes = new();

    /// <summary>Sends the first response (within Discord's 3 s); returns false when the interaction is not one the bot answers or could not be acknowledged.</summary>
    public async Task<bool> AcknowledgeAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var type = interaction.Type switch
        {
            ApplicationCommand => 5,
            MessageComponent => 6,
            _ => 0,
        };
        if (type == 0)
        {
            return false;
        }

        try
        {
            await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, new InteractionCallback(type), cancellationToken);
            return true;
        }
        catch (DiscordApiException e) when ((DiscordErrorCode)e.Code == DiscordErrorCode.InteractionAlreadyAcknowledged)
        {
            return true;
        }
        catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException)
        {
            platform.Record(interaction.ChannelId ?? "?", e);
            AdapterLog.AcknowledgeFailed(logger, interaction.Id, e.Message);
            return false;
        }
    }

    /// <summary>Asks the router and delivers the answer of an acknowledged interaction.</summary>
    public async Task AnswerAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var incoming = Translate(interaction);
        if (incoming is null)
        {
            return;
        }

        // The router counts the message (withdrawalbot.messages, reply duration); counting it here too doubled them.
        Reply? reply;
        try
        {
            reply = await router.HandleAsync(incoming, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            AdapterLog.HandlerFailed(logger, e, "INTERACTION_CREATE");
            reply = Apology;
        }

        try
        {
            await DeliverAsync(interaction, reply, cancellationToken);
        }
        catch (Exception e) when (e is DiscordApiException or DiscordRateLimitedException or HttpRequestException)
        {
            platform.Record(incoming.Chat.ThreadId ?? incoming.Chat.ChatId, e);
        }
    }

    /// <summary>The platform-neutral message for an interaction; <c>null</c> when it has no user or channel.</summary>
    public IncomingMessage? Translate(DiscordInteraction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var user = interaction.Member?.User ?? interaction.User;
        var channelId = interaction.ChannelId ?? interaction.Channel?.Id;
        if (user is null || channelId is null)
        {
            return null;
        }

        if (interaction.Channel is { IsThread: true, ParentId: not null } thread)
        {
            directory.Learn(thread with { GuildId = thread.GuildId ?? interaction.GuildId });
        }

        var isPrivate = interaction.GuildId is null;
        var sender = new Sender(user.Id, interaction.Member?.Nick ?? user.GlobalName ?? user.Username);
        var chat = directory.AddressOf(channelId);
        var kind = isPrivate ? ChatKind.Private : ChatKind.Group;
        var isAdmin = isPrivate || (PermissionCalculator.Parse(interaction.Member?.Permissions) & DiscordPermissions.ChatAdmin) != 0;
        if (interaction.Type == MessageComponent)
        {
            var payload = interaction.Data?.CustomId ?? "";
            var label = interaction.Message?.Components.SelectMany(row => row.Components ?? []).FirstOrDefault(b => b.CustomId == payload)?.Label ?? "";
            return new IncomingMessage(chat, kind, sender, label)
            {
                ButtonPayload = payload,
                IsAddressedToBot = true,
                SenderIsAdmin = isAdmin,
                MessageId = interaction.Id,
            };
        }

        var name = (interaction.Data?.Name ?? "").ToLowerInvariant();
        var arguments = string.Join(' ', Values(interaction.Data?.Options ?? [])).Trim();
        return new IncomingMessage(chat, kind, sender, arguments.Length == 0 ? "/" + name : $"/{name} {arguments}")
        {
            Command = new BotCommand(name, arguments),
            IsAddressedToBot = true,
            SenderIsAdmin = isAdmin,
            MessageId = interaction.Id,
        };
    }

    private static Reply Apology { get; } = new(Core.Languages.Language.English,
        [new ReplyBlock(ReplyBlockKind.Paragraph, "Sorry, something went wrong while answering. Please try again. — عذراً، حدث خطأ أثناء الإجابة. حاول مرة أخرى.")]);

    private async Task DeliverAsync(DiscordInteraction interaction, Reply? reply, CancellationToken cancellationToken)
    {
        if (reply is null)
        {
            if (interaction.Type == ApplicationCommand)
            {
                await rest.DeleteOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, cancellationToken);
            }

            return;
        }

        var bodies = DiscordReplyRenderer.Render(reply);
        if (interaction.Type == MessageComponent && reply.Intent is ReplyComposer.FeedbackIntent or Router.StaleButtonIntent or Router.RepeatTapIntent)
        {
            // Discord has no toast: the thanks for a vote (only a new one), "that button is no longer valid" and "answered
            // just above" (a double tap) are ephemeral follow-ups, seen by the one who pressed the button alone.
            if (reply.Intent != ReplyComposer.FeedbackIntent || thankedVotes.TryAdd(VoteKey(interaction)))
            {
                await answerRetries.ExecuteAsync(async token => await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, bodies[0] with { Flags = Ephemeral }, token), cancellationToken);
            }

            return;
        }

        for (var i = 0; i < bodies.Count; i++)
        {
            var body = bodies[i];
            if (i == 0 && interaction.Type == ApplicationCommand)
            {
                await answerRetries.ExecuteAsync(async token => await rest.EditOriginalInteractionResponseAsync(interaction.ApplicationId, interaction.Token, body, token), cancellationToken);
            }
            else
            {
                await answerRetries.ExecuteAsync(async token => await rest.CreateFollowupMessageAsync(interaction.ApplicationId, interaction.Token, body, token), cancellationToken);
            }
        }
    }

    private static string VoteKey(DiscordInteraction interaction) =>
        $"{interaction.Message?.Id}:{(interaction.Member?.User ?? interaction.User)?.Id}:{interaction.Data?.CustomId}";

    private static IEnumerable<string> Values(IReadOnlyList<InteractionOption> options)
    {
        foreach (var option in options)
        {
            if (option.Value is { } value)
            {
                yield return value.ValueKind == JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
            }

            foreach (var nested in Values(option.Options))
            {
                yield return nested;
            }
        }
    }
}
