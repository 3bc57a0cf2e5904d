using WithdrawalBot.Cli;
using WithdrawalBot.Core;
using WithdrawalBot.Core.Admin;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Discord;
using WithdrawalBot.Health;
using WithdrawalBot.Hosting;
using WithdrawalBot.Logging;
using WithdrawalBot.Metrics;
using WithdrawalBot.Storage;
using WithdrawalBot.Telegram;
using WithdrawalBot.Telegram.Webhook;
using WithdrawalBot.Terminal;

var io = ConsoleIo.Standard();
Invocation invocation;
try
{
    invocation = Invocation.Parse(args);
}
catch (UsageException e)
{
    await io.Error.WriteLineAsync($"WithdrawalBot: {e.Message}{Environment.NewLine}{Invocation.Usage}");
    return ExitCodes.Usage;
}

switch (invocation.Command)
{
    case InvocationCommand.Help:
        await io.Out.WriteLineAsync(Invocation.Usage);
        return ExitCodes.Success;
    case InvocationCommand.HealthCheck:
        return await HealthProbe.RunAsync(invocation.ConfigurationArgs, io.Out);
}

ConfigurationManager? configuration = null;
try
{
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions
    {
        Args = [.. invocation.ConfigurationArgs],
        ContentRootPath = AppContext.BaseDirectory,
    });
    configuration = builder.Configuration;
    DurationSettings.Check(builder.Configuration);
    var mode = BotModeSelector.Select(invocation, builder.Configuration, io.InputIsTerminal);
    using var signals = mode == BotMode.Serve ? null : new StopSignals();
    builder.AddBotLogging(mode);
    builder.Services.Configure<HostOptions>(builder.Configuration.GetSection("Host"));
    builder.Services
        .AddBotClock(invocation.Now, advancing: mode == BotMode.Serve)
        .AddWithdrawalBotCore(builder.Configuration)
        .AddLiteDbStorage(builder.Configuration)
        .AddReminders(builder.Configuration)
        .AddAdminCommands(builder.Configuration);
    if (mode == BotMode.Serve)
    {
        builder.Services
            .AddTelegram(builder.Configuration)
            .AddDiscord(builder.Configuration)
            .AddBotMetrics();
        builder.AddBotHealth();
    }
    else
    {
        builder.Services.AddConsoleChat(io);
    }

    await using var app = builder.Build();
    var startup = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("WithdrawalBot.Configuration");
    foreach (var problem in UnknownSettings.Find(builder.Configuration))
    {
        HostLog.UnknownSetting(startup, problem);
    }

    if (mode == BotMode.Serve)
    {
        app.MapBotHealth();
        app.MapBotMetrics();
        app.MapTelegramWebhook(); // maps nothing unless Telegram:WebhookUrl is set
    }

    return await BotRunner.RunAsync(app, mode, invocation, signals?.Token ?? CancellationToken.None);
}
catch (Exception e) when (e is not OperationCanceledException)
{
    var redactor = configuration is null ? new TokenRedactor([]) : TokenRedactor.FromConfiguration(configuration);
    var details = configuration?["Logging:LogLevel:Default"] is "Debug" or "Trace";
    await io.Error.WriteLineAsync(StartupFailure.Describe(e, redactor, details));
    return ExitCodes.Failure;
}
