using LiteDB;

namespace WithdrawalBot.Storage;

/// <summary>
/// Whether the data folder has been served with a simulated clock (<c>--now</c>): one document, <c>simulated-clock</c>,
/// in the <c>meta</c> collection, holding the first <c>--now</c> instant it was served with (UTC). Subscriptions and
/// delivered reminders recorded under a simulated clock carry its instants, so the folder must not be mixed with a
/// live bot's.
/// </summary>
public sealed class SimulatedClockRecord(BotDatabase database)
{
    private const string DocumentId = "simulated-clock";

    private ILiteCollection<BsonDocument> Collection => database.Collection("meta");

    /// <summary>The first <c>--now</c> instant the folder was served with, or <c>null</c> when it has only known the real clock.</summary>
    public DateTimeOffset? Start =>
        Collection.FindById(DocumentId) is { } document && document.TryGetValue("start", out var start) && start.IsDateTime
            ? Bson.ReadDate(start)
            : null;

    /// <summary>Records that the folder is served with a simulated clock starting at <paramref name="start"/>; an earlier record is kept.</summary>
    public void Record(DateTimeOffset start)
    {
        if (Start is null)
        {
            Collection.Upsert(new BsonDocument { ["_id"] = DocumentId, ["start"] = Bson.Date(start) });
        }
    }
}
