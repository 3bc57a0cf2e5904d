namespace WithdrawalBot.Discord.Tests.Fakes;

/// <summary>A scripted or default answer of the fake REST API.</summary>
public sealed record FakeResponse(int Status, string Body, string ContentType = "application/json")
{
    /// <summary>Response headers (X-RateLimit-*, Retry-After, Via…).</summary>
    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>A JSON answer.</summary>
    public static FakeResponse Json(int status, string body) => new(status, body);

    /// <summary>A Discord error body.</summary>
    public static FakeResponse Error(int status, int code, string message) =>
        new(status, $$"""{"code":{{code}},"message":"{{message}}"}""");

    /// <summary>A Discord 429 with <c>retry_after</c> seconds.</summary>
    public static FakeResponse RateLimited(double retryAfter, bool global = false) =>
        new(429, string.Create(System.Globalization.CultureInfo.InvariantCulture, $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter}},"global":{{(global ? "true" : "false")}}}"""))
        {
            Headers =
            [
                ("Retry-After", Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("X-RateLimit-Limit", "5"),
                ("X-RateLimit-Remaining", "0"),
                ("X-RateLimit-Reset-After", retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("X-RateLimit-Bucket", "bucket-messages"),
                ("X-RateLimit-Scope", global ? "global" : "user"),
                ("X-RateLimit-Global", global ? "true" : "false"),
                ("Via", "1.1 google"),
            ],
        };
}
