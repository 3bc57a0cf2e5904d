using System.Text;

namespace WithdrawalBot.Terminal;

/// <summary>The standard streams the console chat and <c>ask</c> use; tests pass their own.</summary>
/// <param name="In">Questions, one per line.</param>
/// <param name="Out">Replies and JSON lines only.</param>
/// <param name="Error">Start-up errors (logs go to standard error through the logger).</param>
/// <param name="InputIsTerminal">Whether <paramref name="In"/> is an interactive terminal (prompt and banner shown).</param>
public sealed record ConsoleIo(TextReader In, TextWriter Out, TextWriter Error, bool InputIsTerminal)
{
    /// <summary>
    /// The process's console streams, switched to UTF-8 (no byte-order mark) both ways; a redirected standard input that
    /// opens with a UTF-16 or UTF-32 byte-order mark is read in that encoding. A standard input that was closed when the
    /// process started reads as empty. Standard output redirected to a pipe (outside Windows) is written
    /// through its file descriptor, so a write after the pipe's reader has gone throws an <see cref="IOException"/>
    /// ("Broken pipe") instead of being dropped without a word as <see cref="Console.Out"/> does; redirected to a file, it
    /// is written at the file's shared offset, after whatever else the script wrote there.
    /// </summary>
    public static ConsoleIo Standard()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        var output = RedirectedOutput(utf8) ?? Console.Out;
        if (ClosedStandardInput.Detect())
        {
            return new ConsoleIo(TextReader.Null, output, Console.Error, InputIsTerminal: false);
        }

        Console.InputEncoding = utf8;
        if (!Console.IsInputRedirected)
        {
            return new ConsoleIo(Console.In, output, Console.Error, InputIsTerminal: true);
        }

        // A file or pipe with a UTF-16 or UTF-32 byte-order mark (what Windows PowerShell 5.1's '>' writes) is read in that
        // encoding, not as UTF-8 with a NUL in every other character; without a mark, UTF-8.
        return new ConsoleIo(new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: true), output, Console.Error, InputIsTerminal: false);
    }

    private static StreamWriter? RedirectedOutput(Encoding encoding)
    {
        if (!Console.IsOutputRedirected || OperatingSystem.IsWindows())
        {
            return null;
        }

        var descriptor = new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false);
        var stream = new FileStream(descriptor, FileAccess.Write, bufferSize: 0);
        if (stream.CanSeek)
        {
            // A file: FileStream would write at a position of its own and overwrite what other writers of the same file
            // wrote meanwhile ("{ echo header; ask …; } > out.txt"); the console stream writes at the file's shared offset,
            // and a file has no broken pipe to miss.
            stream.Dispose();
            return new StreamWriter(Console.OpenStandardOutput(), encoding) { AutoFlush = true };
        }

        return new StreamWriter(stream, encoding) { AutoFlush = true };
    }
}
