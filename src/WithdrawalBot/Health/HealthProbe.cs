using System.Net;

namespace WithdrawalBot.Health;

/// <summary>
/// The <c>--healthcheck</c> mode for the container's HEALTHCHECK (the runtime image has no curl or wget): reads
/// <c>Health:Port</c>/<c>Health:Address</c> the way the bot does, GETs <c>/healthz</c> on this machine, and
/// returns 0 for a 2xx answer carrying the bot's health report (JSON with "status" Healthy or Degraded), 1 otherwise
/// (not listening, 503, timeout, another server's answer on that port, or a port or address that is not one, told in one
/// line as the bot itself would).
/// </summary>
public static class HealthProbe
{
    /// <summary>How long to wait for the answer.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

    /// <summary>Where Linux keeps the command line of process 1, a container's entrypoint: NUL-separated arguments.</summary>
    public const string EntrypointCommandLine = "/proc/1/cmdline";

    /// <summary>Runs the probe and writes one line about the outcome to <paramref name="output"/>.</summary>
    /// <param name="configurationArgs">The <c>--Section:Key=value</c> overrides from the command line.</param>
    /// <param name="output">Where the one line goes.</param>
    /// <returns>The exit code: 0 healthy, 1 not.</returns>
    public static Task<int> RunAsync(IReadOnlyList<string> configurationArgs, TextWriter output) =>
        RunAsync(configurationArgs, output, EntrypointCommandLine);

    /// <summary>
    /// Runs the probe with the entrypoint's command line read from <paramref name="entrypointCommandLine"/>: its
    /// overrides (<see cref="EntrypointOverrides"/>) apply, then <paramref name="configurationArgs"/> on top.
    /// </summary>
    /// <returns>The exit code: 0 healthy, 1 not.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> configurationArgs, TextWriter output, string entrypointCommandLine)
    {
        ArgumentNullException.ThrowIfNull(output);
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine([.. EntrypointOverrides(entrypointCommandLine, typeof(HealthProbe).Assembly.Location), .. configurationArgs])
            .Build();
        var options = new HealthOptions();
        try
        {
            configuration.GetSection(HealthOptions.Section).Bind(options);
        }
        catch (InvalidOperationException e)
        {
            // "Health__Port=abc": the value cannot be read at all; the cause names the key and the value.
            await output.WriteLineAsync($"Configuration: {e.Message}");
            return 1;
        }

        if (new HealthOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            // "Health__Port=99999": the same one line the bot itself stops with, not a stack trace from building the URL.
            await output.WriteLineAsync($"Configuration: {invalid.FailureMessage}");
            return 1;
        }

        var url = ProbeUrl(options);
        try
        {
            using var client = new HttpClient { Timeout = Timeout };
            using var response = await client.GetAsync(url);
            var status = ReportStatus(await response.Content.ReadAsStringAsync());
            await output.WriteLineAsync(status is null && response.IsSuccessStatusCode
                ? $"{url}: {(int)response.StatusCode} {response.StatusCode}, but not the bot's health report (another server on this port?)"
                : $"{url}: {(int)response.StatusCode} {response.StatusCode}");
            return response.IsSuccessStatusCode && status is "Healthy" or "Degraded" ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            await output.WriteLineAsync($"{url}: {e.Message}");
            return 1;
        }
    }

    /// <summary>
    /// The configuration overrides (<c>--Section:Key=value</c>) on the command line of the bot the probe checks, when
    /// that bot is the container's entrypoint, i.e. <paramref name="commandLineFile"/> (NUL-separated, as
    /// <see cref="EntrypointCommandLine"/>) runs <paramref name="assemblyPath"/>. <c>docker run withdrawalbot
    /// --Health:Port=9090</c> moves the port, and the image's HEALTHCHECK, a process of its own that sees only the
    /// environment, must probe the port moved. Empty when the file is missing or unreadable (not Linux, not a
    /// container), when process 1 is another program, or when its command line does not parse.
    /// </summary>
    public static IReadOnlyList<string> EntrypointOverrides(string commandLineFile, string assemblyPath)
    {
        string[] arguments;
        try
        {
            arguments = File.ReadAllText(commandLineFile).TrimEnd('\0').Split('\0');
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }

        var workingDirectory = WorkingDirectoryOf(commandLineFile);
        var program = Array.FindIndex(arguments, a => RunsAssembly(a, assemblyPath, workingDirectory));
        try
        {
            return program < 0 ? [] : Cli.Invocation.Parse(arguments[(program + 1)..]).ConfigurationArgs;
        }
        catch (Cli.UsageException)
        {
            return [];
        }
    }

    /// <summary>
    /// Whether the argument <paramref name="argument"/> of process 1 names <paramref name="assemblyPath"/>: the same path,
    /// or one relative to its <paramref name="workingDirectory"/> (<c>dotnet WithdrawalBot.dll</c> in a compose
    /// <c>entrypoint:</c> with <c>working_dir: /app</c>, <c>/app/./WithdrawalBot.dll</c>); when that directory cannot be read,
    /// a relative path with the assembly's file name.
    /// </summary>
    private static bool RunsAssembly(string argument, string assemblyPath, string? workingDirectory)
    {
        if (string.IsNullOrEmpty(argument) || string.Equals(argument, assemblyPath, StringComparison.Ordinal))
        {
            return !string.IsNullOrEmpty(argument);
        }

        if (!argument.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || argument.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return false;
        }

        if (Path.IsPathRooted(argument) || workingDirectory is not null)
        {
            return string.Equals(Path.GetFullPath(argument, workingDirectory ?? "/"), assemblyPath, StringComparison.Ordinal);
        }

        return string.Equals(Path.GetFileName(argument), Path.GetFileName(assemblyPath), StringComparison.Ordinal);
    }

    /// <summary>The working directory of the process whose command line is <paramref name="commandLineFile"/> (<c>/proc/1/cwd</c> beside <c>/proc/1/cmdline</c>); <c>null</c> when it cannot be read.</summary>
    private static string? WorkingDirectoryOf(string commandLineFile)
    {
        try
        {
            var link = new DirectoryInfo(Path.Combine(Path.GetDirectoryName(commandLineFile) ?? "/", "cwd"));
            return link.Exists ? link.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? link.FullName : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The top-level "status" of a health report (<see cref="HealthReportWriter"/>); <c>null</c> for any other body.</summary>
    private static string? ReportStatus(string body)
    {
        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(body);
            return json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("status", out var status) && status.ValueKind == System.Text.Json.JsonValueKind.String
                ? status.GetString()
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>The URL to probe: loopback when the bot binds a wildcard or loopback address, else that address.</summary>
    public static Uri ProbeUrl(HealthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var host = IPAddress.TryParse(options.Address, out var address) && !address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)
            ? address
            : address?.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? IPAddress.IPv6Loopback : IPAddress.Loopback;
        return new UriBuilder(Uri.UriSchemeHttp, host.ToString(), options.Port, HealthExtensions.Path).Uri;
    }
}
