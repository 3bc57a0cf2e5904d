using System.Net;

namespace WithdrawalBot.Tests.Support;

/// <summary>Polls a bot process's /healthz until it answers.</summary>
public static class Healthz
{
    /// <summary>Waits for any HTTP answer from http://127.0.0.1:<paramref name="port"/>/healthz; fails if the process exits or time runs out.</summary>
    /// <returns>The status code and body of the first answer.</returns>
    public static async Task<(HttpStatusCode Status, string Body)> WaitAsync(BotProcess bot, int port, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var url = new Uri($"http://127.0.0.1:{port}/healthz");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var response = await client.GetAsync(url);
                return (response.StatusCode, await response.Content.ReadAsStringAsync());
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
            {
                if (bot.HasExited)
                {
                    throw new InvalidOperationException($"The bot exited with {bot.ExitCode} before answering /healthz.\n{bot.AllOutput}");
                }

                await Task.Delay(100);
            }
        }
    }
}
