using Microsoft.Extensions.Logging.Abstractions;
using WithdrawalBot.Core.Routing;
using WithdrawalBot.Discord.Adapter;

namespace WithdrawalBot.Discord.Tests.Adapter;

public sealed class SlashCommandRegistrarTests
{
    [Fact]
    public void Build_HiddenOperatorCommands_AreNotRegistered()
    {
        CommandSpec[] specs =
        [
            new("help", "How to use the bot", "طريقة استعمال البوت"),
            new("stats", "Operator statistics", "إحصاءات المشغّل") { Hidden = true },
            new("unanswered", "Unanswered questions", "أسئلة بلا جواب") { Hidden = true },
        ];

        var commands = SlashCommandRegistrar.Build(specs, NullLogger.Instance);

        Assert.Equal(["help"], commands.Select(c => c.Name));
    }
}
