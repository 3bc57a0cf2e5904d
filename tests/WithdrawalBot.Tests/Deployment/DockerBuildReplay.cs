using System.Diagnostics;
using System.Text;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Deployment;

/// <summary>
/// Replays the Dockerfile's build stage without Docker: copies exactly what its COPY lines copy (leaving out
/// what .dockerignore leaves out) into an empty folder standing for <c>/src</c>, runs its RUN lines there (the
/// same <c>dotnet restore</c> and <c>dotnet publish</c>), and maps <c>/app/publish</c> to a temp folder.
/// What it produces is what the runtime stage copies into <c>/app</c>.
/// </summary>
public sealed class DockerBuildReplay : IAsyncLifetime, IDisposable
{
    private static readonly string[] Ignored = ["bin", "obj", "TestResults"];
    private static readonly string[] InheritedMsBuildVariables = ["MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly"];

    private readonly TempDirectory temp = new();

    /// <summary>The Dockerfile replayed.</summary>
    public Dockerfile Dockerfile { get; } = Dockerfile.Load(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    /// <summary>The published app: the final image's <c>/app</c>.</summary>
    public string AppDirectory => temp.Combine("app", "publish");

    /// <summary>The RUN commands' output, for failure messages.</summary>
    public string Log { get; private set; } = "";

    /// <summary>How long the replayed build took.</summary>
    public TimeSpan Duration { get; private set; }

    /// <summary>Maps an image path under /app to the published folder.</summary>
    public string MapAppPath(string imagePath) => imagePath.Replace("/app", AppDirectory, StringComparison.Ordinal);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var source = Directory.CreateDirectory(temp.Combine("src")).FullName;
        var log = new StringBuilder();
        foreach (var instruction in Dockerfile.BuildStage)
        {
            switch (instruction.Keyword)
            {
                case "WORKDIR":
                    break;
                case "COPY":
                    Copy(instruction.Arguments, source);
                    break;
                case "RUN":
                    await RunAsync(instruction.Arguments.Replace("/app/publish", AppDirectory, StringComparison.Ordinal), source, log);
                    break;
                default:
                    throw new InvalidOperationException($"The replay does not know {instruction.Keyword} in the build stage.");
            }
        }

        Log = log.ToString();
        Duration = stopwatch.Elapsed;
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => temp.Dispose();

    private static void Copy(string arguments, string destinationRoot)
    {
        var parts = arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var destination = Path.Combine(destinationRoot, parts[^1]);
        foreach (var part in parts[..^1])
        {
            var from = Path.Combine(RepositoryPaths.Root, part);
            if (Directory.Exists(from))
            {
                CopyDirectory(from, part.EndsWith('/') && parts[^1].EndsWith('/') ? destination : Path.Combine(destination, Path.GetFileName(from)));
            }
            else
            {
                Directory.CreateDirectory(destination);
                File.Copy(from, Path.Combine(destination, Path.GetFileName(from)), overwrite: true);
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }

        foreach (var directory in Directory.EnumerateDirectories(from).Where(d => !Ignored.Contains(Path.GetFileName(d))))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }

    private static async Task RunAsync(string command, string workingDirectory, StringBuilder log)
    {
        var start = new ProcessStartInfo("bash", ["-c", command])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var variable in InheritedMsBuildVariables)
        {
            start.Environment.Remove(variable);
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        log.Append("$ ").AppendLine(command).AppendLine(await output).AppendLine(await error);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"RUN {command} failed with {process.ExitCode}:\n{log}");
        }
    }
}
