using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Core.Admin;

/// <summary>Source-generated log messages of the operator commands (event ids 5000–5099).</summary>
internal static partial class AdminLog
{
    [LoggerMessage(5000, LogLevel.Warning, "Operator command /{Command} refused: {Platform} user {UserId} is not listed in Admin:UserIds")]
    public static partial void Refused(ILogger logger, string command, string platform, string userId);

    [LoggerMessage(5001, LogLevel.Information, "Operator command /{Command} answered for {Platform} user {UserId}")]
    public static partial void Served(ILogger logger, string command, string platform, string userId);
}
