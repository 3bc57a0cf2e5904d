using System.Globalization;

namespace WithdrawalBot.Storage;

/// <summary>
/// Finds a LiteDB journal (<see cref="BotDatabase.JournalName"/>) that does not belong to the database file beside it
/// and moves it aside before LiteDB opens the file: LiteDB replays whatever journal it finds into whatever file it finds,
/// so a crash's journal left in the folder would overwrite a restored backup, or make a fresh file "damaged" at once.
/// A journal belongs to a file when one of its header pages carries the file's creation time (LiteDB 5 writes the
/// header page, creation time included, into the journal whenever a transaction changes it). A journal with no header
/// page cannot be told apart and is left for LiteDB, as is everything when the file's own header cannot be read (the
/// damage check names that file next).
/// </summary>
public static class ForeignJournal
{
    /// <summary>Page type byte of a header page (offset 4 of the page).</summary>
    private const byte HeaderPageType = 1;

    /// <summary>Where the header page keeps the database's creation time (8 bytes, .NET ticks).</summary>
    private const int CreationTimeOffset = 68;

    /// <summary>
    /// Moves <paramref name="journal"/> to <c>JOURNAL.foreign-yyyyMMddTHHmmssZ</c> (its own last write time; a number
    /// is added if that name is taken) when it is not empty and the data <paramref name="file"/> is missing or empty, or
    /// every header page in it carries another creation time than the file's.
    /// </summary>
    /// <returns>Where the journal went and why, or <c>null</c> when it was left in place.</returns>
    /// <exception cref="IOException">The journal or the file cannot be read, or the journal cannot be moved.</exception>
    /// <exception cref="UnauthorizedAccessException">The same, for want of permission.</exception>
    public static JournalSetAside? SetAside(string file, string journal)
    {
        var journalInfo = new FileInfo(journal);
        if (!journalInfo.Exists || journalInfo.Length == 0)
        {
            return null;
        }

        var fileInfo = new FileInfo(file);
        string reason;
        if (!fileInfo.Exists || fileInfo.Length == 0)
        {
            reason = $"there is no database beside it ({BotDatabase.FileName} is {(fileInfo.Exists ? "empty" : "missing")})";
        }
        else if (CreationTime(ReadPage(file)) is { } created && JournalCreationTimes(journal) is { Count: > 0 } written && !written.Contains(created))
        {
            reason = $"it was written for a database created {Format(written.First())}, and {BotDatabase.FileName} was created {Format(created)}";
        }
        else
        {
            return null;
        }

        var target = FreeName(journal + ".foreign-" + journalInfo.LastWriteTimeUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture));
        File.Move(journal, target);
        return new JournalSetAside(target, reason);
    }

    private static byte[] ReadPage(string path)
    {
        var page = new byte[BotDatabase.PageSize];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return stream.ReadAtLeast(page, BotDatabase.PageSize, throwOnEndOfStream: false) == BotDatabase.PageSize ? page : [];
    }

    /// <summary>The creation time on a header page, or <c>null</c> when <paramref name="page"/> is not one.</summary>
    private static long? CreationTime(ReadOnlySpan<byte> page) =>
        page.Length == BotDatabase.PageSize && page[4] == HeaderPageType && page.Slice(BotDatabase.HeaderInfoOffset, BotDatabase.HeaderInfo.Length).SequenceEqual(BotDatabase.HeaderInfo)
            ? BitConverter.ToInt64(page.Slice(CreationTimeOffset, sizeof(long)))
            : null;

    private static HashSet<long> JournalCreationTimes(string journal)
    {
        var times = new HashSet<long>();
        var page = new byte[BotDatabase.PageSize];
        using var stream = new FileStream(journal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        while (stream.ReadAtLeast(page, BotDatabase.PageSize, throwOnEndOfStream: false) == BotDatabase.PageSize)
        {
            if (CreationTime(page) is { } created)
            {
                times.Add(created);
            }
        }

        return times;
    }

    private static string Format(long ticks) =>
        ticks is >= 0 and <= 3155378975999999999
            ? new DateTime(ticks, DateTimeKind.Utc).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)
            : "at an unreadable time";

    private static string FreeName(string path)
    {
        var candidate = path;
        for (var n = 2; File.Exists(candidate); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }
}
