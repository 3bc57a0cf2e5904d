using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WithdrawalBot.Core.Admin;
using WithdrawalBot.Core.Messages;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests.Admin;

public sealed class AdminServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        return new ServiceCollection().AddAdminCommands(configuration).BuildServiceProvider();
    }

    private static IncomingMessage From(ChatPlatform platform, string userId) =>
        new(new ChatAddress(platform, userId), ChatKind.Private, new Sender(userId, null, null), "/stats");

    [Fact]
    public void AddAdminCommands_CommaSeparatedValue_EveryEntryIsAnOperator()
    {
        using var services = Build(("Admin:UserIds", "telegram:123, discord:456,789"));

        var operators = services.GetRequiredService<OperatorList>();

        Assert.Equal(3, operators.Count);
        Assert.True(operators.IsOperator(From(ChatPlatform.Telegram, "123")));
        Assert.True(operators.IsOperator(From(ChatPlatform.Discord, "456")));
        Assert.True(operators.IsOperator(From(ChatPlatform.Discord, "789")));
        Assert.False(operators.IsOperator(From(ChatPlatform.Discord, "123")));
    }

    [Fact]
    public void AddAdminCommands_ArrayEntries_EveryEntryIsAnOperator()
    {
        using var services = Build(("Admin:UserIds:0", "telegram:123"), ("Admin:UserIds:1", "456"));

        var operators = services.GetRequiredService<OperatorList>();

        Assert.Equal(2, operators.Count);
        Assert.True(operators.IsOperator(From(ChatPlatform.Telegram, "456")));
    }

    [Fact]
    public void AddAdminCommands_NoSetting_NobodyIsAnOperator()
    {
        using var services = Build();

        var operators = services.GetRequiredService<OperatorList>();

        Assert.Equal(0, operators.Count);
        Assert.False(operators.IsOperator(From(ChatPlatform.Telegram, "123")));
    }

    [Fact]
    public void AddAdminCommands_BadEntry_FailsNamingIt()
    {
        using var services = Build(("Admin:UserIds", "telegram:123,whatsapp:5"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AdminOptions>>().Value);

        Assert.Contains("'whatsapp:5'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("telegram:abc")]
    [InlineData("discord:not-a-snowflake")]
    public void AddAdminCommands_NonNumericPlatformId_FailsNamingIt(string entry)
    {
        using var services = Build(("Admin:UserIds", "console:alice," + entry));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<AdminOptions>>().Value);

        Assert.Contains($"'{entry}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddAdminCommands_RegistersHiddenStatsAndUnansweredHandler()
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection().AddAdminCommands(configuration);

        var descriptor = Assert.Single(services, d => d.ServiceType == typeof(ICommandHandler));

        Assert.Equal(typeof(AdminCommandHandler), descriptor.ImplementationType);
    }
}
