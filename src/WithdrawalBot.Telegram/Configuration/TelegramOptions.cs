namespace WithdrawalBot.Telegram.Configuration;

/// <summary>
/// Settings of the Telegram adapter, bound from the <c>Telegram</c> configuration section (environment variables
/// <c>Telegram__BotToken</c>, <c>Telegram__ApiBaseUrl</c>, …) and checked at start-up by
/// <see cref="TelegramOptionsValidator"/>.
/// </summary>
public sealed class TelegramOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Telegram";

    /// <summary>
    /// The bot token from @BotFather: digits, a colon, 35 letters, digits, <c>-</c> or <c>_</c>. Spaces around it (a
    /// copy-pasted <c>.env</c> line) are trimmed when the options are bound. A secret: never logged.
    /// </summary>
    public string BotToken { get; set; } = "";

    /// <summary>
    /// Base address of the Bot API server, e.g. <c>http://localhost:8081</c> for a self-hosted server; <c>null</c> for
    /// the public <c>https://api.telegram.org</c>. Path, query and fragment are ignored.
    /// </summary>
    public string? ApiBaseUrl { get; set; }

    /// <summary>
    /// The public HTTPS address Telegram posts updates to. When set the bot runs in webhook mode (setWebhook at start,
    /// left set at stop) instead of long polling, and <see cref="WebhookSecret"/> is required.
    /// </summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// The secret Telegram sends in the <c>X-Telegram-Bot-Api-Secret-Token</c> header of every webhook request:
    /// 1–256 characters of <c>A-Z a-z 0-9 _ -</c>. Required in webhook mode.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>How long one getUpdates long-poll waits for updates (whole seconds, 0–90). Default 50 s.</summary>
    public TimeSpan PollingTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>
    /// How long the first call at start (getMe) may go unanswered before it counts as failed, is reported and retried
    /// (1 s – 5 min). Default 10 s, so an API that accepts the connection but never answers is reported in seconds
    /// rather than after the HTTP client's 100 s. Also the longest any TCP connection to the Bot API may take to open: one
    /// that does not is a failed send, retried, not one that may have been posted.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest pause between failed getUpdates attempts (the pause doubles from 1 s up to this). Default 60 s.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages per second the bot sends over all chats (Telegram's broadcast limit is about 30). Default 30.</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per minute the bot sends into one group or channel (Telegram's limit is 20). Default 20.</summary>
    public int GroupMessagesPerMinute { get; set; } = 20;

    /// <summary>True when <see cref="WebhookUrl"/> is set.</summary>
    public bool UseWebhook => !string.IsNullOrWhiteSpace(WebhookUrl);
}
