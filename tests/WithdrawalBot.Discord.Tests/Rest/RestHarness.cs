using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using WithdrawalBot.Discord.Adapter;
using WithdrawalBot.Discord.Rest;
using WithdrawalBot.Discord.Tests.Fakes;

namespace WithdrawalBot.Discord.Tests.Rest;

/// <summary>The REST client as <c>AddDiscord</c> wires it (rate-limit handler, retries), on a fake clock, against the fake API.</summary>
internal sealed class RestHarness : IDisposable
{
    private readonly ServiceProvider provider;

    public RestHarness(FakeDiscord fake)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = fake.Token,
            ["Discord:ApiBaseUrl"] = fake.ApiBase.ToString().TrimEnd('/'),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(new Moq.Mock<WithdrawalBot.Core.Routing.IMessageRouter>().Object);
        services.AddDiscord(configuration);
        provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero));

    public DiscordRestClient Rest => provider.GetRequiredService<DiscordRestClient>();

    public DiscordChatPlatform Platform => provider.GetRequiredService<DiscordChatPlatform>();

    /// <summary>Moves the fake clock forward in small steps until <paramref name="task"/> completes.</summary>
    public async Task<T> AdvanceUntilDoneAsync<T>(Task<T> task, TimeSpan? step = null, TimeSpan? limit = null)
    {
        var moved = TimeSpan.Zero;
        while (!task.IsCompleted && moved < (limit ?? TimeSpan.FromMinutes(5)))
        {
            await Task.Delay(5);
            Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            moved += step ?? TimeSpan.FromMilliseconds(100);
        }

        return await task;
    }

    public void Dispose() => provider.Dispose();
}
