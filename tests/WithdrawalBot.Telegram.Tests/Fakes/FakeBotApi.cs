using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Telegram.Tests.Fakes;

/// <summary>
/// A fake Telegram Bot API server on 127.0.0.1 (Kestrel, a free port) speaking the real wire format:
/// <c>POST /bot&lt;token&gt;/&lt;method&gt;</c> with JSON (or form) parameters, answers
/// <c>{"ok":true,"result":…}</c> or <c>{"ok":false,"error_code":…,"description":…,"parameters":{…}}</c>.
/// <para>Methods: getMe, getUpdates (hands out queued update JSON, honours offset, limit and the long-poll timeout;
/// 409 while a webhook is set), sendMessage (recorded in <see cref="SentMessages"/>), setMyCommands, deleteWebhook,
/// setWebhook, getWebhookInfo, getChatMember, getChat, answerCallbackQuery, answerInlineQuery, editMessageReplyMarkup.
/// Every request is recorded in <see cref="Requests"/>. A wrong token gets 401, an unknown method 404.</para>
/// <para>Scripting: <see cref="Fail"/> makes a method (optionally for one chat) answer an error once, n times or always;
/// <see cref="EnforceSendRate"/> answers 429 past a number of sendMessage calls a second;
/// <see cref="SetChatMember"/> and <see cref="AddChat"/> feed getChatMember and getChat; <see cref="RestartNumbering"/>
/// numbers updates anew, as Telegram does after a week without any.</para>
/// Meant for reuse: adapter tests here and end-to-end tests with the real core and reminders.
/// </summary>
public sealed class FakeBotApi : IAsyncDisposable
{
    /// <summary>A well-formed token the fake accepts by default.</summary>
    public const string DefaultToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1";

    /// <summary>The bot's id by default (the digits of <see cref="DefaultToken"/>).</summary>
    public const long DefaultBotId = 123456789;

    /// <summary>The bot's username by default.</summary>
    public const string DefaultBotUsername = "WithdrawalTestBot";

    private readonly object gate = new();
    private readonly List<JsonObject> pending = [];
    private readonly List<FakeBotApiRequest> requests = [];
    private readonly List<string> arrivals = [];
    private readonly List<SentMessage> sent = [];
    private readonly List<FailureRule> failures = [];
    private readonly Dictionary<string, TimeSpan> stalls = new(StringComparer.Ordinal);
    private readonly Dictionary<(long Chat, long User), string> members = [];
    private readonly Dictionary<string, JsonObject> chats = new(StringComparer.OrdinalIgnoreCase);
    private readonly Queue<long> sendTimes = new();
    private readonly CancellationTokenSource stopping = new();
    private WebApplication? app;
    private TaskCompletionSource changed = NewSignal();
    private long nextUpdateId = 1000;
    private long nextMessageId = 5000;
    private long confirmedOffset;
    private int? sendRatePerSecond;

    private FakeBotApi(string token, long botId, string botUsername)
    {
        Token = token;
        BotId = botId;
        BotUsername = botUsername;
    }

    /// <summary>The token the fake accepts.</summary>
    public string Token { get; }

    /// <summary>The bot's user id (getMe).</summary>
    public long BotId { get; }

    /// <summary>The bot's username without '@' (getMe).</summary>
    public string BotUsername { get; }

    /// <summary>The base address to give the client, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The webhook URL set with setWebhook, or <c>null</c>.</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>getWebhookInfo's last_error_date (Unix seconds) and last_error_message: Telegram's last failed delivery; <c>null</c> for none.</summary>
    public (long Date, string Message)? WebhookLastError { get; set; }

    /// <summary>getWebhookInfo's pending_update_count when set; otherwise the updates queued and not yet taken.</summary>
    public int? WebhookPendingCount { get; set; }

    /// <summary>Sets the webhook to <paramref name="url"/> (<c>null</c>: deleted) as another instance or a long-polling run would.</summary>
    public void ReplaceWebhook(string? url)
    {
        lock (gate)
        {
            WebhookUrl = url;
        }
    }

    /// <summary>The secret_token given to setWebhook, or <c>null</c>.</summary>
    public string? WebhookSecret { get; private set; }

    /// <summary>How many sendMessage calls <see cref="EnforceSendRate"/> turned away with 429.</summary>
    public int RateLimitedSends { get; private set; }

    /// <summary>Every request so far, in order of arrival.</summary>
    public IReadOnlyList<FakeBotApiRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Every message accepted by sendMessage so far, in order.</summary>
    public IReadOnlyList<SentMessage> SentMessages
    {
        get
        {
            lock (gate)
            {
                return [.. sent];
            }
        }
    }

    /// <summary>Starts a fake on 127.0.0.1 and a free port.</summary>
    public static async Task<FakeBotApi> StartAsync(string token = DefaultToken, long botId = DefaultBotId, string botUsername = DefaultBotUsername)
    {
        var fake = new FakeBotApi(token, botId, botUsername);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.app = app;
        fake.BaseUrl = new Uri(address);
        return fake;
    }

    /// <summary>Queues one update (real Bot API update JSON); an <c>update_id</c> is given when missing.</summary>
    /// <returns>The update_id.</returns>
    public long EnqueueUpdate(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (gate)
        {
            var id = update["update_id"]?.GetValue<long>() ?? nextUpdateId++;
            update["update_id"] = id;
            nextUpdateId = Math.Max(nextUpdateId, id + 1);
            pending.Add(update);
            Pulse();
            return id;
        }
    }

    /// <summary>
    /// Numbers the next updates from <paramref name="next"/>, maybe below those handed out before, as Telegram does after a
    /// week without updates ("the identifier of the next update will be chosen randomly"). As the Bot API server does, an
    /// offset more than 10 past the last update numbered then reads the queue from its start and confirms nothing.
    /// </summary>
    public void RestartNumbering(long next)
    {
        lock (gate)
        {
            nextUpdateId = next;
            Interlocked.Exchange(ref confirmedOffset, 0);
        }
    }

    /// <summary>Queues one update given as JSON text (it may be deliberately odd; it must still be a JSON object).</summary>
    /// <returns>The update_id.</returns>
    public long EnqueueUpdate(string json) => EnqueueUpdate(JsonNode.Parse(json)!.AsObject());

    /// <summary>The requests for one method so far.</summary>
    public IReadOnlyList<FakeBotApiRequest> Calls(string method) => Requests.Where(r => r.Method == method).ToList();

    /// <summary>Makes <paramref name="method"/> answer <paramref name="error"/>: for <paramref name="times"/> calls (<c>null</c> = always),
    /// only for <paramref name="chatId"/> when given (matched against chat_id), after letting <paramref name="after"/> calls through.</summary>
    public void Fail(string method, FakeBotApiError error, string? chatId = null, int? times = 1, int after = 0)
    {
        lock (gate)
        {
            failures.Add(new FailureRule(method, chatId, error) { Remaining = times, Skip = after });
        }
    }

    /// <summary>
    /// Makes <paramref name="method"/> do its work (a sendMessage is recorded as sent) and then hold its answer for
    /// <paramref name="delay"/>: Telegram posting a message and answering too late.
    /// </summary>
    public void Stall(string method, TimeSpan delay)
    {
        lock (gate)
        {
            stalls[method] = delay;
        }
    }

    /// <summary>Removes every scripted failure.</summary>
    public void ClearFailures()
    {
        lock (gate)
        {
            failures.Clear();
        }
    }

    /// <summary>Answers 429 (retry_after 1) to sendMessage calls past <paramref name="perSecond"/> in any sliding second; <c>null</c> to stop.</summary>
    public void EnforceSendRate(int? perSecond)
    {
        lock (gate)
        {
            sendRatePerSecond = perSecond;
            sendTimes.Clear();
        }
    }

    /// <summary>Sets what getChatMember answers for a user in a chat ("creator", "administrator", "member", "left", "kicked"); default "member".</summary>
    public void SetChatMember(long chatId, long userId, string status)
    {
        lock (gate)
        {
            members[(chatId, userId)] = status;
        }
    }

    /// <summary>Makes getChat know a chat, by id and by <c>@username</c> when given.</summary>
    public void AddChat(long id, string type, string? username = null, string? title = null)
    {
        var chat = new JsonObject { ["id"] = id, ["type"] = type };
        if (username is not null)
        {
            chat["username"] = username;
        }

        if (title is not null)
        {
            chat["title"] = title;
        }

        lock (gate)
        {
            chats[id.ToString(CultureInfo.InvariantCulture)] = chat;
            if (username is not null)
            {
                chats["@" + username] = chat;
            }
        }
    }

    /// <summary>Waits until a request for <paramref name="method"/> matching <paramref name="predicate"/> has been answered.</summary>
    /// <exception cref="TimeoutException">After <paramref name="timeout"/> (10 s by default).</exception>
    public async Task<FakeBotApiRequest> WaitForCallAsync(string method, Func<FakeBotApiRequest, bool>? predicate = null, TimeSpan? timeout = null)
    {
        FakeBotApiRequest? found = null;
        await WaitUntilAsync(() => (found = Requests.FirstOrDefault(r => r.Method == method && (predicate?.Invoke(r) ?? true))) is not null, timeout, "a " + method + " call");
        return found!;
    }

    /// <summary>Waits until a request for <paramref name="method"/> has arrived (it may still be waiting, like a long poll).</summary>
    /// <exception cref="TimeoutException">After <paramref name="timeout"/> (10 s by default).</exception>
    public Task WaitForArrivalAsync(string method, TimeSpan? timeout = null) =>
        WaitUntilAsync(
            () =>
            {
                lock (gate)
                {
                    return arrivals.Contains(method);
                }
            },
            timeout,
            "a " + method + " request arrive");

    /// <summary>Waits until <paramref name="count"/> messages have been accepted by sendMessage.</summary>
    /// <exception cref="TimeoutException">After <paramref name="timeout"/> (10 s by default).</exception>
    public async Task<IReadOnlyList<SentMessage>> WaitForSentAsync(int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => SentMessages.Count >= count, timeout, count + " sent messages");
        return SentMessages;
    }

    /// <summary>Waits until getUpdates has been called with an offset past <paramref name="updateId"/> (the client has taken that update).</summary>
    /// <exception cref="TimeoutException">After <paramref name="timeout"/> (10 s by default).</exception>
    public Task WaitForConfirmedAsync(long updateId, TimeSpan? timeout = null) =>
        WaitUntilAsync(() => Interlocked.Read(ref confirmedOffset) > updateId, timeout, "update " + updateId + " to be confirmed");

    /// <summary>Waits until <paramref name="condition"/> holds, re-checking after every request.</summary>
    /// <exception cref="TimeoutException">After <paramref name="timeout"/> (10 s by default).</exception>
    public async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null, string what = "the condition")
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = Stopwatch.GetTimestamp() + Stopwatch.Frequency * (long)(timeout ?? TimeSpan.FromSeconds(10)).TotalSeconds;
        while (true)
        {
            Task signal;
            lock (gate)
            {
                signal = changed.Task;
            }

            if (condition())
            {
                return;
            }

            var left = deadline - Stopwatch.GetTimestamp();
            if (left <= 0)
            {
                throw new TimeoutException("The fake Bot API did not see " + what + ". Requests: " + string.Join(", ", Requests.Select(r => r.Method + ":" + r.Answered)));
            }

            await Task.WhenAny(signal, Task.Delay(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency)));
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!stopping.IsCancellationRequested)
        {
            await stopping.CancelAsync();
        }

        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
            app = null;
        }

        stopping.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Pulse()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var slash = path.LastIndexOf('/');
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 4)
        {
            await WriteAsync(context, new FakeBotApiError(404, "Not Found"), null);
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..];
        var body = await ReadParametersAsync(context.Request);
        var tokenOk = token == Token;
        lock (gate)
        {
            arrivals.Add(method);
            Pulse();
        }

        var (status, result, error) = tokenOk ? await AnswerAsync(method, body, context.RequestAborted) : (401, null, FakeBotApiError.Unauthorized);
        lock (gate)
        {
            requests.Add(new FakeBotApiRequest(method, body, tokenOk, status, Stopwatch.GetTimestamp()));
            Pulse();
        }

        if (StallOf(method) is { } stall)
        {
            await Task.Delay(stall, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
        }

        await WriteAsync(context, error, result);
    }

    private async Task<(int Status, JsonNode? Result, FakeBotApiError? Error)> AnswerAsync(string method, JsonObject body, CancellationToken aborted)
    {
        if (TakeFailure(method, body) is { } failure)
        {
            return (failure.Code, null, failure);
        }

        switch (method)
        {
            case "getMe":
                return Ok(new JsonObject
                {
                    ["id"] = BotId,
                    ["is_bot"] = true,
                    ["first_name"] = "Withdrawal Bot",
                    ["username"] = BotUsername,
                    ["can_join_groups"] = true,
                    ["can_read_all_group_messages"] = false,
                    ["supports_inline_queries"] = true,
                });
            case "getUpdates":
                return await GetUpdatesAsync(body, aborted);
            case "sendMessage":
                return SendMessage(body);
            case "setWebhook":
                lock (gate)
                {
                    WebhookUrl = (string?)body["url"];
                    WebhookSecret = (string?)body["secret_token"];
                }

                return Ok(true);
            case "deleteWebhook":
                lock (gate)
                {
                    WebhookUrl = null;
                    WebhookSecret = null;
                    if (body["drop_pending_updates"]?.ToString() is "true" or "True")
                    {
                        pending.Clear();
                    }
                }

                return Ok(true);
            case "getWebhookInfo":
                lock (gate)
                {
                    var info = new JsonObject { ["url"] = WebhookUrl ?? "", ["has_custom_certificate"] = false, ["pending_update_count"] = WebhookPendingCount ?? pending.Count };
                    if (WebhookLastError is { } error)
                    {
                        info["last_error_date"] = error.Date;
                        info["last_error_message"] = error.Message;
                    }

                    return Ok(info);
                }

            case "getChatMember":
                return GetChatMember(body);
            case "getChat":
                return GetChat(body);
            case "setMyCommands" or "answerCallbackQuery" or "answerInlineQuery" or "deleteMyCommands":
                return Ok(true);
            case "editMessageReplyMarkup":
                return Ok(MessageJson(LongOf(body["message_id"]) ?? 0, ChatOf(body) ?? "0", "", null));
            default:
                return (404, null, new FakeBotApiError(404, "Not Found: method not found"));
        }
    }

    private async Task<(int, JsonNode?, FakeBotApiError?)> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = LongOf(body["offset"]) ?? 0;
        var limit = (int)Math.Clamp(LongOf(body["limit"]) ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(LongOf(body["timeout"]) ?? 0);
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                if (WebhookUrl is not null)
                {
                    var conflict = new FakeBotApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
                    return (409, null, conflict);
                }

                if (offset > nextUpdateId + 10)
                {
                    // "from_id is in the future": the Bot API server hands out its queue from the start.
                    offset = 0;
                }

                if (offset > 0)
                {
                    pending.RemoveAll(u => u["update_id"]!.GetValue<long>() < offset);
                    if (offset > confirmedOffset)
                    {
                        Interlocked.Exchange(ref confirmedOffset, offset);
                        Pulse();
                    }
                }

                var ready = pending.Where(u => u["update_id"]!.GetValue<long>() >= offset).Take(limit).Select(u => u.DeepClone()).ToArray();
                if (ready.Length > 0)
                {
                    return (200, new JsonArray(ready), null);
                }

                signal = changed.Task;
            }

            var left = deadline - Stopwatch.GetTimestamp();
            if (left <= 0 || aborted.IsCancellationRequested)
            {
                return (200, new JsonArray(), null);
            }

            await Task.WhenAny(signal, Task.Delay(TimeSpan.FromSeconds((double)left / Stopwatch.Frequency), aborted), Task.Delay(Timeout.Infinite, stopping.Token));
            if (stopping.IsCancellationRequested)
            {
                return (200, new JsonArray(), null);
            }
        }
    }

    private (int, JsonNode?, FakeBotApiError?) SendMessage(JsonObject body)
    {
        var chatId = ChatOf(body);
        lock (gate)
        {
            if (chatId is null || (chatId.StartsWith('@') && !chats.ContainsKey(chatId)))
            {
                return (400, null, FakeBotApiError.ChatNotFound);
            }

            if (sendRatePerSecond is { } rate)
            {
                var now = Stopwatch.GetTimestamp();
                while (sendTimes.Count > 0 && now - sendTimes.Peek() >= Stopwatch.Frequency)
                {
                    sendTimes.Dequeue();
                }

                if (sendTimes.Count >= rate)
                {
                    RateLimitedSends++;
                    return (429, null, FakeBotApiError.TooManyRequests(1));
                }

                sendTimes.Enqueue(now);
            }

            var id = nextMessageId++;
            var text = (string?)body["text"] ?? "";
            sent.Add(new SentMessage(
                id,
                chatId,
                text,
                (string?)body["parse_mode"],
                LongOf(body["reply_parameters"]?["message_id"]) ?? LongOf(body["reply_to_message_id"]),
                LongOf(body["message_thread_id"]),
                body["reply_markup"]?.DeepClone()));
            return Ok(MessageJson(id, chatId, text, LongOf(body["message_thread_id"])));
        }
    }

    private (int, JsonNode?, FakeBotApiError?) GetChatMember(JsonObject body)
    {
        var chat = LongOf(body["chat_id"]);
        var user = LongOf(body["user_id"]) ?? 0;
        if (chat is null)
        {
            return (400, null, FakeBotApiError.ChatNotFound);
        }

        string status;
        lock (gate)
        {
            status = members.GetValueOrDefault((chat.Value, user), "member");
        }

        var member = new JsonObject { ["status"] = status, ["user"] = new JsonObject { ["id"] = user, ["is_bot"] = user == BotId, ["first_name"] = "User" } };
        switch (status)
        {
            case "creator":
                member["is_anonymous"] = false;
                break;
            case "administrator":
                foreach (var right in new[] { "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories" })
                {
                    member[right] = right == "can_manage_chat";
                }

                break;
            case "kicked":
                member["until_date"] = 0;
                break;
        }

        return Ok(member);
    }

    private (int, JsonNode?, FakeBotApiError?) GetChat(JsonObject body)
    {
        JsonObject? chat;
        lock (gate)
        {
            chat = ChatOf(body) is { } key ? chats.GetValueOrDefault(key) : null;
        }

        if (chat is null)
        {
            return (400, null, FakeBotApiError.ChatNotFound);
        }

        var info = chat.DeepClone().AsObject();
        info["accent_color_id"] = 0;
        info["max_reaction_count"] = 11;
        info["accepted_gift_types"] = new JsonObject { ["unlimited_gifts"] = false, ["limited_gifts"] = false, ["unique_gifts"] = false, ["premium_subscription"] = false, ["gifts_from_channels"] = false };
        return Ok(info);
    }

    private JsonObject MessageJson(long messageId, string chatId, string text, long? threadId)
    {
        var id = long.TryParse(chatId, CultureInfo.InvariantCulture, out var numeric) ? numeric : chats.TryGetValue(chatId, out var known) ? known["id"]!.GetValue<long>() : 0;
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = id, ["type"] = id > 0 ? "private" : id < -1_000_000_000_000 ? "supergroup" : "group" },
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Withdrawal Bot", ["username"] = BotUsername },
            ["text"] = text,
        };
        if (threadId is not null)
        {
            message["message_thread_id"] = threadId;
            message["is_topic_message"] = true;
        }

        return message;
    }

    private TimeSpan? StallOf(string method)
    {
        lock (gate)
        {
            return stalls.TryGetValue(method, out var delay) ? delay : null;
        }
    }

    private FakeBotApiError? TakeFailure(string method, JsonObject body)
    {
        lock (gate)
        {
            var chat = ChatOf(body);
            var rule = failures.FirstOrDefault(f => f.Method == method && (f.ChatId is null || f.ChatId == chat) && f.Remaining is null or > 0);
            if (rule is null)
            {
                return null;
            }

            if (rule.Skip > 0)
            {
                rule.Skip--;
                return null;
            }

            rule.Remaining--;
            return rule.Error;
        }
    }

    private static (int, JsonNode?, FakeBotApiError?) Ok(JsonNode result) => (200, result, null);

    private static string? ChatOf(JsonObject body) => body["chat_id"] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        var node => node.ToJsonString(),
    };

    private static long? LongOf(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.TryGetValue<long>(out var number) => number,
        JsonValue value when value.TryGetValue<string>(out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => null,
    };

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                fields[key] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : JsonValue.Create(text);
            }

            return fields;
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync();
        return string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json)?.AsObject() ?? [];
    }

    private static async Task WriteAsync(HttpContext context, FakeBotApiError? error, JsonNode? result)
    {
        if (error is { RawBody: { } raw })
        {
            context.Response.StatusCode = error.Code;
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync(raw);
            return;
        }

        JsonObject answer;
        if (error is null)
        {
            context.Response.StatusCode = 200;
            answer = new JsonObject { ["ok"] = true, ["result"] = result };
        }
        else
        {
            context.Response.StatusCode = error.Code;
            answer = new JsonObject { ["ok"] = false, ["error_code"] = error.Code, ["description"] = error.Description };
            if (error.RetryAfter is not null || error.MigrateToChatId is not null)
            {
                var parameters = new JsonObject();
                if (error.RetryAfter is { } retry)
                {
                    parameters["retry_after"] = retry;
                }

                if (error.MigrateToChatId is { } migrate)
                {
                    parameters["migrate_to_chat_id"] = migrate;
                }

                answer["parameters"] = parameters;
            }
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.ToJsonString());
    }

    private sealed record FailureRule(string Method, string? ChatId, FakeBotApiError Error)
    {
        public int? Remaining { get; set; }

        public int Skip { get; set; }
    }
}
