namespace WithdrawalBot.Storage;

/// <summary>A LiteDB journal moved aside at open because it did not belong to the database file (<see cref="ForeignJournal"/>).</summary>
/// <param name="Path">Where the journal is now (full path).</param>
/// <param name="Reason">Why it did not belong, in words for the log: "there is no database beside it (…)", or the two creation times.</param>
public sealed record JournalSetAside(string Path, string Reason);
