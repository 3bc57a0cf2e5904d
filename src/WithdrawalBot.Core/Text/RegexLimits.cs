namespace WithdrawalBot.Core.Text;

/// <summary>
/// The match timeout of every pattern given one: how long it may run on one message before it is abandoned. The text is
/// bounded (<see cref="TextCleaner.MaxMatchLength"/>), so an ordinary match takes microseconds; the limit guards against
/// a pattern that backtracks badly on some input, which then fails that one message (with
/// <see cref="System.Text.RegularExpressions.RegexMatchTimeoutException"/>) instead of holding a worker. It is generous
/// on purpose: on a busy two-core host a thread can be descheduled for a good part of a second, and a tight limit
/// (100 ms was used once) turned ordinary questions into "something went wrong" at random.
/// </summary>
public static class RegexLimits
{
    /// <summary>The match timeout, in milliseconds, for <c>[GeneratedRegex]</c> attributes.</summary>
    public const int MatchTimeoutMilliseconds = 2000;

    /// <summary>The same timeout as a <see cref="System.TimeSpan"/>, for patterns built at run time.</summary>
    public static readonly System.TimeSpan MatchTimeout = System.TimeSpan.FromMilliseconds(MatchTimeoutMilliseconds);
}
