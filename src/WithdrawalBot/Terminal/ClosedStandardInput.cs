using System.Globalization;

namespace WithdrawalBot.Terminal;

/// <summary>
/// Tells whether the process was started with descriptor 0 closed (<c>bot &lt;&amp;-</c>). The .NET runtime then
/// gets descriptor 0 for a pipe of its own (the read end, while it holds the write end), and reading standard
/// input would block on that pipe forever. Seen on Linux through <c>/proc/self</c>; elsewhere always false.
/// </summary>
public static class ClosedStandardInput
{
    private const int AccessModeMask = 3; // O_ACCMODE
    private const int WriteOnly = 1;      // O_WRONLY

    /// <summary>True when descriptor 0 is a pipe whose write end this process itself holds.</summary>
    public static bool Detect()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var input = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            return new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
                .Where(fd => fd.Name != "0" && fd.LinkTarget == input)
                .Any(fd => (Flags(fd.Name) & AccessModeMask) == WriteOnly);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return false;
        }
    }

    /// <summary>The open flags of a descriptor, from the octal <c>flags:</c> line of <c>/proc/self/fdinfo/N</c>.</summary>
    private static int Flags(string descriptor)
    {
        var line = File.ReadLines($"/proc/self/fdinfo/{descriptor}").FirstOrDefault(l => l.StartsWith("flags:", StringComparison.Ordinal));
        return line is null ? 0 : Convert.ToInt32(line["flags:".Length..].Trim(), 8);
    }
}
