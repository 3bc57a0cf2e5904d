using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using WithdrawalBot.Core.Platforms;
using WithdrawalBot.Telegram.Configuration;
using WithdrawalBot.Telegram.Diagnostics;
using WithdrawalBot.Telegram.Hosting;
using WithdrawalBot.Telegram.Updates;

namespace WithdrawalBot.Telegram.Webhook;

/// <summary>The HTTP endpoint Telegram posts updates to in webhook mode.</summary>
public static class TelegramWebhookEndpoints
{
    /// <summary>The header Telegram puts the webhook secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>
    /// Maps <c>POST {pattern}</c> (by default the path of <see cref="TelegramOptions.WebhookUrl"/>) when the Telegram
    /// adapter is registered in webhook mode; does nothing otherwise, so the host can call it unconditionally.
    /// Every request must carry <see cref="SecretHeader"/> equal to <see cref="TelegramOptions.WebhookSecret"/>: without it
    /// the answer is 401 and nothing is handled. A good request's update is queued for the same handler as long
    /// polling and acknowledged with 200 at once; one Telegram delivers again (same update_id among the
    /// last 1,024, see <see cref="RecentIds"/>) is acknowledged and not answered twice; 503 while getMe has not answered yet
    /// (Telegram retries).
    /// </summary>
    /// <param name="endpoints">The application's endpoint builder.</param>
    /// <param name="pattern">The route, e.g. <c>/telegram/webhook</c>; <c>null</c> for the webhook URL's path.</param>
    /// <exception cref="OptionsValidationException">When the Telegram options are invalid.</exception>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints, string? pattern = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (endpoints.ServiceProvider.GetService<UpdateDispatcher>() is null)
        {
            return endpoints;
        }

        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelegramOptions>>().Value;
        if (!options.UseWebhook)
        {
            return endpoints;
        }

        var secret = Encoding.UTF8.GetBytes(options.WebhookSecret!);
        endpoints.MapPost(pattern ?? new Uri(options.WebhookUrl!).AbsolutePath, context => HandleAsync(context, secret));
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, byte[] secret)
    {
        var services = context.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TelegramWebhookEndpoints));
        if (!HasSecret(context.Request, secret))
        {
            logger.WebhookRejected(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (!services.GetRequiredService<TelegramBotIdentity>().IsKnown)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or FormatException or ArgumentException)
        {
            logger.WebhookUnreadable(exception.Message);
            logger.FailureDetails(exception);
            update = null;
        }

        if (update is not null && !services.GetRequiredService<RecentIds>().TryAdd(update.Id.ToString(CultureInfo.InvariantCulture)))
        {
            logger.UpdateIgnored(update.Id, "delivered again");
        }
        else if (update is not null)
        {
            try
            {
                await services.GetRequiredService<UpdateDispatcher>().DispatchAsync(update, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // Telegram gave up while the queue was full: its retry of this update must be taken, not skipped as seen.
                services.GetRequiredService<RecentIds>().Remove(update.Id.ToString(CultureInfo.InvariantCulture));
                throw;
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    private static bool HasSecret(HttpRequest request, byte[] secret) =>
        request.Headers.TryGetValue(SecretHeader, out var values)
        && values.Count == 1
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(values[0] ?? ""), secret);
}
