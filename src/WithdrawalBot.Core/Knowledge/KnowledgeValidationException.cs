namespace WithdrawalBot.Core.Knowledge;

/// <summary>
/// A knowledge file is malformed or cites the article wrongly. Thrown at load time so that start-up stops
/// with one clear message; <see cref="Exception.Message"/> names the file and the entry.
/// </summary>
public sealed class KnowledgeValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="file">The file's name relative to the knowledge directory, e.g. <c>facts.json</c>.</param>
    /// <param name="entry">The entry's id or position, e.g. <c>fact "ain-al-asad"</c>; <c>null</c> for the file as a whole.</param>
    /// <param name="problem">What is wrong and, where possible, how to fix it.</param>
    /// <param name="innerException">The parser's exception, if any.</param>
    public KnowledgeValidationException(string file, string? entry, string problem, Exception? innerException = null)
        : base($"{file}{(entry is null ? "" : $", {entry}")}: {problem}", innerException)
    {
        File = file;
        Entry = entry;
    }

    /// <summary>The file's name relative to the knowledge directory.</summary>
    public string File { get; }

    /// <summary>The entry, or <c>null</c> for the whole file.</summary>
    public string? Entry { get; }
}
