using WithdrawalBot.Core;
using WithdrawalBot.Core.Reminders;
using WithdrawalBot.Discord;
using WithdrawalBot.Storage;
using WithdrawalBot.Telegram;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddWithdrawalBotCore(builder.Configuration)
    .AddLiteDbStorage(builder.Configuration)
    .AddReminders(builder.Configuration)
    .AddTelegram(builder.Configuration)
    .AddDiscord(builder.Configuration);

var app = builder.Build();
await app.RunAsync();
