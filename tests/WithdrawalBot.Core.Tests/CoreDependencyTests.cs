using System.Reflection;
using WithdrawalBot.Core.Routing;

namespace WithdrawalBot.Core.Tests;

/// <summary>The core stays free of platform SDKs, databases and network clients; adapters translate at the edge.</summary>
public sealed class CoreDependencyTests
{
    private static readonly string[] Forbidden =
    [
        "Telegram.Bot", "LiteDB", "Discord", "System.Net.WebSockets", "System.Net.Http", "System.Net.Sockets",
        "Microsoft.AspNetCore", "Microsoft.Data", "System.Data",
    ];

    [Fact]
    public void CoreAssembly_References_NoPlatformSdkDatabaseOrNetwork()
    {
        var references = typeof(IMessageRouter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToArray();

        var offending = references.Where(name => Forbidden.Any(f => name.StartsWith(f, StringComparison.OrdinalIgnoreCase))).ToArray();

        Assert.NotEmpty(references);
        Assert.True(offending.Length == 0, "the core references " + string.Join(", ", offending));
    }

    [Fact]
    public void CoreAssembly_References_OnlyTheExpectedLibraries()
    {
        var references = typeof(IMessageRouter).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => !n.StartsWith("System", StringComparison.Ordinal) && n != "netstandard").Order().ToArray();

        Assert.All(references, name => Assert.True(
            name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) || name.StartsWith("Lucene.Net", StringComparison.Ordinal) || name.StartsWith("Humanizer", StringComparison.Ordinal),
            $"unexpected dependency {name}"));
    }
}
