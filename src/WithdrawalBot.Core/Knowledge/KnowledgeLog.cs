using Microsoft.Extensions.Logging;

namespace WithdrawalBot.Core.Knowledge;

/// <summary>Log messages of the knowledge base (event ids 1000–1099).</summary>
internal static partial class KnowledgeLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Knowledge loaded: {Facts} facts, {Intents} intents, {Milestones} milestones; {Wordings} wordings indexed over {Paragraphs} paragraphs")]
    public static partial void Loaded(ILogger logger, int facts, int intents, int milestones, int wordings, int paragraphs);

    [LoggerMessage(EventId = 1010, Level = LogLevel.Warning, Message = "Knowledge: {Gap} The files as shipped have it; restore it from the repository if it was not meant")]
    public static partial void Gap(ILogger logger, string gap);
}
