namespace WithdrawalBot.Discord.Rest;

/// <summary>
/// A request's rate-limit identity: the route template (method and path with ids replaced by <c>{id}</c>)
/// and its major parameter (channel, guild or webhook id plus token), which Discord keys limits by together
/// with the bucket hash.
/// </summary>
/// <param name="Template">e.g. <c>POST /api/v10/channels/{channel}/messages</c>; safe to log (no tokens).</param>
/// <param name="Major">e.g. the channel id; empty when the route has none.</param>
internal sealed record RestRoute(string Template, string Major)
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks", "interactions"];

    /// <summary>Derives the route from a request.</summary>
    public static RestRoute From(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var path = request.RequestUri is { IsAbsoluteUri: true } uri ? uri.AbsolutePath : request.RequestUri?.OriginalString.Split('?')[0] ?? "";
        var segments = path.Split('/');
        var major = "";
        for (var i = 0; i < segments.Length; i++)
        {
            var resource = Array.IndexOf(MajorResources, segments[i]);
            if (resource < 0 || i + 1 >= segments.Length || !IsId(segments[i + 1]))
            {
                if (IsId(segments[i]))
                {
                    segments[i] = "{id}";
                }

                continue;
            }

            var name = MajorResources[resource];
            if (major.Length == 0)
            {
                major = segments[i + 1];
            }

            segments[i + 1] = "{" + name + "}";
            // Webhook and interaction tokens follow the id; they belong to the major parameter and must never be logged.
            if (name is "webhooks" or "interactions" && i + 2 < segments.Length && segments[i + 2].Length > 0 && !segments[i + 2].StartsWith('@'))
            {
                major += "/" + segments[i + 2].GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
                segments[i + 2] = "{token}";
            }

            i++;
        }

        return new RestRoute(request.Method.Method + " " + string.Join('/', segments), major);
    }

    /// <summary>Whether a route is an interaction callback or webhook follow-up (token-authenticated, not under the global limit).</summary>
    public bool IsInteractionRoute => Template.Contains("{interactions}", StringComparison.Ordinal) || Template.Contains("{webhooks}/{token}", StringComparison.Ordinal);

    /// <summary>
    /// Whether the route is a POST of an interaction callback or follow-up: it takes no nonce, so Discord acts on it again
    /// (posts the follow-up twice) when it is sent twice.
    /// </summary>
    public bool IsUnrepeatablePost => Template.StartsWith("POST ", StringComparison.Ordinal) && IsInteractionRoute;

    private static bool IsId(string segment) => segment.Length is > 0 and <= 20 && segment.All(char.IsAsciiDigit);

    /// <inheritdoc />
    public override string ToString() => Template;
}
