using Microsoft.Extensions.Configuration;
using WithdrawalBot.Hosting;

namespace WithdrawalBot.Tests.Hosting;

public sealed class UnknownSettingsTests
{
    [Theory]
    [InlineData("Reminders:LocalHuor", "Reminders__LocalHuor is not a setting of Reminders; it is ignored (did you mean Reminders__LocalHour?).")]
    [InlineData("Remindres:LocalHour", "Remindres is not a section the bot reads; its settings are ignored (did you mean Reminders?).")]
    [InlineData("Telegram:BotTokn", "Telegram__BotTokn is not a setting of Telegram; it is ignored (did you mean Telegram__BotToken?).")]
    [InlineData("Health:Colour", "Health__Colour is not a setting of Health; it is ignored.")]
    public void Find_MisspeltKeyOrSection_NamedWithWhatItMayHaveMeant(string key, string expected)
    {
        // Break 28: "LocalHuor": 8 in appsettings.json was ignored without a word and reminders stayed at 10:00.
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [key] = "8" }).Build();

        Assert.Equal(expected, Assert.Single(UnknownSettings.Find(configuration)));
    }

    [Fact]
    public void Find_TheShippedSettingsAndOtherProgramsEnvironment_NothingToSay()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HOSTNAME"] = "abc",
                ["Reminders:localhour"] = "9",
                ["Admin:UserIds:0"] = "telegram:1",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Host:ShutdownTimeout"] = "00:00:08",
            })
            .Build();

        Assert.Empty(UnknownSettings.Find(configuration));
    }
}
