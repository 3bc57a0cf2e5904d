namespace WithdrawalBot.Core.Diagnostics;

/// <summary>An exception and its inner exceptions, outermost first: what the failure classifiers walk.</summary>
public static class ExceptionChain
{
    /// <summary><paramref name="exception"/>, then its <see cref="Exception.InnerException"/>, and so on; empty for <c>null</c>.</summary>
    public static IEnumerable<Exception> Of(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
