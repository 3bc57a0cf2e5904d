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
    /// The process's console streams, switched to UTF-8 (no byte-order mark) both ways. A standard input that was
    /// closed when the process started reads as empty.
    /// </summary>
    public static ConsoleIo Standard()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        Console.OutputEncoding = utf8;
        if (ClosedStandardInput.Detect())
        {
            return new ConsoleIo(TextReader.Null, Console.Out, Console.Error, InputIsTerminal: false);
        }

        Console.InputEncoding = utf8;
        return new ConsoleIo(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
    }
}
