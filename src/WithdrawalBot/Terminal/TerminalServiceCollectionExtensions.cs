using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Platforms;

namespace WithdrawalBot.Terminal;

/// <summary>Registers the console chat and the <c>ask</c> command (console and ask modes).</summary>
public static class TerminalServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ConsoleChatOptions"/> (validated at start-up), the streams, <see cref="ConsoleChat"/>, <see cref="AskCommand"/> and the console <see cref="IChatPlatform"/>.</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, ConsoleIo io)
    {
        services.AddOptions<ConsoleChatOptions>().BindConfiguration(ConsoleChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConsoleChatOptions>, ConsoleChatOptionsValidator>();
        services.AddSingleton(io);
        services.AddSingleton<ConsoleChat>();
        services.AddSingleton<AskCommand>();
        services.AddSingleton<IChatPlatform, ConsoleChatPlatform>();
        return services;
    }
}
