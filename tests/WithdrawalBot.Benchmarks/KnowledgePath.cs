namespace WithdrawalBot.Benchmarks;

/// <summary>Finds the knowledge directory from a benchmark process (BenchmarkDotNet runs it from a generated folder).</summary>
internal static class KnowledgePath
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "knowledge");
            if (File.Exists(Path.Combine(candidate, "facts.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("no knowledge directory above " + AppContext.BaseDirectory);
    }
}
