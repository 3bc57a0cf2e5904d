using System.Diagnostics;
using System.Text;

namespace WithdrawalBot.Tests.Support;

/// <summary>
/// The real app in its own process (<c>dotnet WithdrawalBot.dll …</c>), with an environment cleaned of any bot
/// setting of the machine running the tests, its own temp data folder unless one is given, stdin/stdout/stderr
/// redirected and captured (UTF-8).
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private static readonly string[] SettingPrefixes =
    [
        "Telegram__", "Discord__", "Storage__", "Health__", "Console__", "Knowledge__", "Logging__", "Reminders__",
        "Conversation__", "Admin__", "Host__", "ASPNETCORE_", "DOTNET_ENVIRONMENT",
    ];

    /// <summary>
    /// How long a start (or a short run) may take before a test gives up: generous, because the machine running the
    /// tests may be shared and busy; a healthy bot needs about a second.
    /// </summary>
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly TempDirectory? ownData;

    private BotProcess(Process process, TempDirectory? ownData)
    {
        this.process = process;
        this.ownData = ownData;
        process.OutputDataReceived += (_, e) => Append(stdout, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>Standard input (UTF-8, no byte-order mark).</summary>
    public StreamWriter Input => process.StandardInput;

    /// <summary>Everything written to standard output so far.</summary>
    public string Output
    {
        get
        {
            lock (stdout)
            {
                return stdout.ToString();
            }
        }
    }

    /// <summary>Everything written to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>Both streams, for assertion messages.</summary>
    public string AllOutput => $"--- stdout ---\n{Output}\n--- stderr ---\n{Error}";

    /// <summary>
    /// Starts a dll (default: the app as built) with arguments and extra environment variables (a <c>null</c> value
    /// removes one). With <paramref name="terminal"/>, it runs under <c>script</c>, which gives it a pseudo-terminal as
    /// standard input and output (what a person at a console has); what is written to <see cref="Input"/> is typed.
    /// </summary>
    /// <remarks>With <paramref name="closedInput"/>, standard input is closed (<c>&lt;&amp;-</c>) before the app starts.</remarks>
    public static BotProcess Start(
        IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? dll = null, string? workingDirectory = null, bool terminal = false, bool closedInput = false)
    {
        dll ??= RepositoryPaths.AppDll;
        var start = new ProcessStartInfo(terminal ? "script" : closedInput ? "bash" : DotnetHost())
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetDirectoryName(dll)!,
        };
        if (terminal)
        {
            var command = string.Join(' ', new[] { DotnetHost(), dll }.Concat(args).Select(a => "'" + a.Replace("'", "'\\''", StringComparison.Ordinal) + "'"));
            start.ArgumentList.Add("-qec");
            start.ArgumentList.Add(command);
            start.ArgumentList.Add("/dev/null");
        }
        else if (closedInput)
        {
            foreach (var arg in new[] { "-c", "exec \"$0\" \"$@\" <&-", DotnetHost(), dll }.Concat(args))
            {
                start.ArgumentList.Add(arg);
            }
        }
        else
        {
            start.ArgumentList.Add(dll);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var key in start.Environment.Keys.Where(k => SettingPrefixes.Any(p => k.StartsWith(p, StringComparison.OrdinalIgnoreCase))).ToList())
        {
            start.Environment.Remove(key);
        }

        TempDirectory? ownData = null;
        if (environment is null || !environment.ContainsKey("Storage__DataDirectory"))
        {
            ownData = new TempDirectory();
            start.Environment["Storage__DataDirectory"] = ownData.Path;
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        return new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"), ownData);
    }

    /// <summary>Runs to completion with stdin closed at once and returns the process (exited).</summary>
    public static async Task<BotProcess> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, string? stdin = null, TimeSpan? timeout = null)
    {
        var bot = Start(args, environment);
        try
        {
            if (stdin is not null)
            {
                await bot.Input.WriteAsync(stdin);
            }

            bot.Input.Close();
            await bot.WaitForExitAsync(timeout ?? StartTimeout);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Waits for the exit, killing the process and failing when it takes longer than <paramref name="timeout"/>.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bot did not exit within {timeout.TotalSeconds} s.\n{AllOutput}");
        }

        process.WaitForExit(); // drains the redirected streams
        return process.ExitCode;
    }

    /// <summary>Whether the process has ended.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>The exit code of an exited process.</summary>
    public int ExitCode => process.ExitCode;

    /// <summary>Sends SIGTERM, as <c>docker stop</c> does.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits until <paramref name="text"/> appears in the output (either stream), or fails after <paramref name="timeout"/>.</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!AllOutput.Contains(text, StringComparison.Ordinal))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"\"{text}\" did not appear (exited: {process.HasExited}).\n{AllOutput}");
            }

            await Task.Delay(50);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        ownData?.Dispose();
    }

    internal static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static void Append(StringBuilder buffer, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (buffer)
        {
            buffer.Append(line).Append('\n');
        }
    }
}
