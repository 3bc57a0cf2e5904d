using WithdrawalBot.Hosting;
using WithdrawalBot.Tests.Support;

namespace WithdrawalBot.Tests.Deployment;

/// <summary>
/// No Docker engine here, so the Dockerfile's promises are checked by reading it (the published app it
/// produces is started in <see cref="PublishedAppTests"/>).
/// </summary>
public sealed class DockerfileTests
{
    private readonly Dockerfile dockerfile = Dockerfile.Load(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

    [Fact]
    public void Stages_SdkBuildThenAspNetRuntime()
    {
        Assert.Equal(2, dockerfile.Stages.Count);
        Assert.StartsWith("mcr.microsoft.com/dotnet/sdk:10.0 ", dockerfile.Stages[0].Arguments, StringComparison.Ordinal);
        Assert.StartsWith("mcr.microsoft.com/dotnet/aspnet:10.0", dockerfile.Stages[1].Arguments, StringComparison.Ordinal);
        Assert.Contains(dockerfile.FinalStage, i => i.Keyword == "COPY" && i.Arguments.StartsWith("--from=build ", StringComparison.Ordinal));
        Assert.DoesNotContain(dockerfile.FinalStage, i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet ", StringComparison.Ordinal));
    }

    [Fact]
    public void Restore_RunsInItsOwnLayerBeforeSourcesAreCopied_WithEveryProjectTheAppNeeds()
    {
        var build = dockerfile.BuildStage.ToList();
        var restore = build.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copiedBefore = string.Join(' ', build.Take(restore).Where(i => i.Keyword == "COPY").Select(i => i.Arguments));

        Assert.True(restore > 0);
        Assert.True(restore < build.FindIndex(i => i.Keyword == "COPY" && i.Arguments.StartsWith("src/ ", StringComparison.Ordinal)));
        foreach (var file in new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", ".editorconfig" })
        {
            Assert.Contains(file, copiedBefore, StringComparison.Ordinal);
        }

        foreach (var project in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
        {
            Assert.Contains(Path.GetRelativePath(RepositoryPaths.Root, project).Replace('\\', '/'), copiedBefore, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(build.Take(restore), i => i.Keyword == "COPY" && (i.Arguments.StartsWith("src/ ", StringComparison.Ordinal) || i.Arguments.StartsWith(". ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Publish_IncludesKnowledgeAndSettings()
    {
        var copies = string.Join('\n', dockerfile.BuildStage.Where(i => i.Keyword == "COPY").Select(i => i.Arguments));

        Assert.Contains("knowledge/ knowledge/", copies, StringComparison.Ordinal);
        Assert.Contains("appsettings.json", copies, StringComparison.Ordinal);
        Assert.Single(dockerfile.BuildStage, i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet publish src/WithdrawalBot/WithdrawalBot.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_RunsAsTheNonRootAppUser()
    {
        var user = Assert.Single(dockerfile.FinalStage, i => i.Keyword == "USER").Arguments;

        Assert.Contains(user, new[] { "$APP_UID", "app", "1654" });
        var entrypoint = dockerfile.FinalStage.ToList().FindIndex(i => i.Keyword == "ENTRYPOINT");
        Assert.True(dockerfile.FinalStage.ToList().FindIndex(i => i.Keyword == "USER") < entrypoint);
    }

    [Fact]
    public void Runtime_KeepsDataOnTheDataVolumeOwnedByTheAppUser()
    {
        Assert.Contains(dockerfile.FinalStage, i => i.Keyword == "VOLUME" && i.Arguments is "/data" or "[\"/data\"]");
        Assert.Equal("/data", dockerfile.FinalEnvironment["Storage__DataDirectory"]);
        Assert.Contains(dockerfile.FinalStage, i => i.Keyword == "RUN" && i.Arguments.Contains("chown", StringComparison.Ordinal) && i.Arguments.Contains("/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_ServesHealthOnTheExposedPortAndChecksIt()
    {
        var port = dockerfile.FinalEnvironment["Health__Port"];

        Assert.Equal("0.0.0.0", dockerfile.FinalEnvironment["Health__Address"]);
        Assert.Contains(dockerfile.FinalStage, i => i.Keyword == "EXPOSE" && i.Arguments == port);
        var healthcheck = Assert.Single(dockerfile.FinalStage, i => i.Keyword == "HEALTHCHECK").Arguments;
        Assert.Contains("CMD [\"dotnet\", \"/app/WithdrawalBot.dll\", \"--healthcheck\"]", healthcheck, StringComparison.Ordinal);
        Assert.Contains("--interval=", healthcheck, StringComparison.Ordinal);
    }

    [Fact]
    public void Runtime_StopsOnSigtermAndStartsTheBot()
    {
        Assert.Contains(dockerfile.FinalStage, i => i.Keyword == "STOPSIGNAL" && i.Arguments == "SIGTERM");
        Assert.Equal("[\"dotnet\", \"/app/WithdrawalBot.dll\"]", Assert.Single(dockerfile.FinalStage, i => i.Keyword == "ENTRYPOINT").Arguments);
    }

    [Fact]
    public void Image_BakesInNoSecret()
    {
        foreach (var instruction in dockerfile.Instructions.Where(i => i.Keyword is "ENV" or "ARG" or "LABEL"))
        {
            Assert.DoesNotMatch("(?i)token|secret|password", instruction.Arguments);
            Assert.DoesNotMatch(BotTokens.TelegramTokenInText(), instruction.Arguments);
            Assert.DoesNotMatch(BotTokens.DiscordTokenInText(), instruction.Arguments);
        }
    }

    [Fact]
    public void DockerIgnore_LeavesBuildOutputDataAndGitOut_ButNotWhatTheBuildNeeds()
    {
        var ignored = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".dockerignore")).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["**/bin/", "**/obj/", "data/", ".git", ".env"], StringComparer.Ordinal), ignored);
        Assert.DoesNotContain(ignored, l => l.StartsWith("knowledge", StringComparison.Ordinal) || l.StartsWith(".editorconfig", StringComparison.Ordinal) || l.StartsWith("src", StringComparison.Ordinal));
    }

    [Fact]
    public void Compose_RunsTheImageWithANamedVolumeARestartPolicyAndAnEnvFile()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "compose.yaml"));

        Assert.Contains("restart: unless-stopped", compose, StringComparison.Ordinal);
        Assert.Contains("env_file: .env", compose, StringComparison.Ordinal);
        Assert.Contains("- botdata:/data", compose, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^volumes:\s*\n\s+botdata:", compose);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, ".env.example")));
        Assert.Contains(".env", File.ReadAllLines(Path.Combine(RepositoryPaths.Root, ".gitignore")));
    }
}
