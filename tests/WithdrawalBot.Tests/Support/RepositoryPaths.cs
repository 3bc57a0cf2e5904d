using System.Reflection;

namespace WithdrawalBot.Tests.Support;

/// <summary>Where the repository and the built app are, found from the test assembly's location.</summary>
public static class RepositoryPaths
{
    /// <summary>The repository root (the folder holding WithdrawalBot.sln).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built in (Debug or Release); the app was built the same way.</summary>
    public static string Configuration { get; } =
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>The app as built by the test project's reference: src/WithdrawalBot/bin/{Configuration}/net10.0/WithdrawalBot.dll.</summary>
    public static string AppDll { get; } = Path.Combine(Root, "src", "WithdrawalBot", "bin", Configuration, "net10.0", "WithdrawalBot.dll");

    /// <summary>The knowledge folder at the repository root.</summary>
    public static string Knowledge { get; } = Path.Combine(Root, "knowledge");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WithdrawalBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("WithdrawalBot.sln not found above " + AppContext.BaseDirectory);
    }
}
