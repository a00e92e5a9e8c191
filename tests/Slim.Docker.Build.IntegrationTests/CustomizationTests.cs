using Slim.Docker.Build.Testing;
using static Slim.Docker.Build.IntegrationTests.Publishing;

namespace Slim.Docker.Build.IntegrationTests;

/// <summary>The Container* and SlimDockerfile* settings, set the way users set them, through a real dotnet publish.</summary>
public class CustomizationTests(PackageFixture package)
{
    [Fact]
    public async Task Container_items_and_properties_reach_the_dockerfile_exactly()
    {
        using var workspace = new Workspace(package, "container-items");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web",
            properties: """
                <ContainerUser>1654:1654</ContainerUser>
                <ContainerWorkingDirectory>/srv/web</ContainerWorkingDirectory>
                """,
            items: """
                <ContainerPort Include="5000" Type="tcp" />
                <ContainerPort Include="5353" Type="udp" />
                <ContainerEnvironmentVariable Include="GREETING" Value="hello &quot;world&quot; $HOME \ 100%25" />
                <ContainerEnvironmentVariable Include="ASPNETCORE_HTTP_PORTS" Value="5000" />
                <ContainerLabel Include="org.opencontainers.image.title" Value="My API" />
                <ContainerAppCommandArgs Include="--mode" />
                <ContainerAppCommandArgs Include="server" />
                <ContainerDefaultArgs Include="--verbose" />
                """);
        workspace.Write("Web/Program.cs", Programs.Web);

        var document = await PublishAndParse(workspace, "Web", "Web/Dockerfile");

        var final = document.Stages()[^1];
        Assert.Equal("5000 5353/udp", final.Single(i => i.Keyword == "EXPOSE").Arguments);
        Assert.Equal(
            [new("ASPNETCORE_HTTP_PORTS", "5000"), new("GREETING", "hello \"world\" $HOME \\ 100%")],
            final.Where(i => i.Keyword == "ENV").SelectMany(DockerfileDocument.KeyValues));
        // The SDK's default labels with the values its evaluation gives (Authors is the assembly name, PackageVersion
        // 1.0.0), then the project's; the ones a build argument holds ('${ARG}') are left out here.
        Assert.Equal(
            [
                new("org.opencontainers.image.authors", "Web"),
                new("org.opencontainers.image.version", "1.0.0"),
                new("org.opencontainers.image.base.name", "mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra"),
                new("net.dot.runtime.majorminor", "10.0"),
                new("org.opencontainers.image.title", "My API"),
            ],
            final.Where(i => i.Keyword == "LABEL" && !i.Arguments.Contains("\"${", StringComparison.Ordinal)).SelectMany(DockerfileDocument.KeyValues));
        Assert.Equal("1654:1654", final.Single(i => i.Keyword == "USER").Arguments);
        Assert.Equal("/srv/web", final.Single(i => i.Keyword == "WORKDIR").Arguments);
        Assert.Equal(["dotnet", "/srv/web/Web.dll", "--mode", "server"], final.Single(i => i.Keyword == "ENTRYPOINT").JsonArguments);
        Assert.Equal(["--verbose"], final.Single(i => i.Keyword == "CMD").JsonArguments);
        Assert.Contains(document.Comments, c => c.Contains("docker run --rm -p 5000:5000 -p 5353:5353/udp web", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_invalid_port_fails_the_publish_with_SDB1023_and_no_stack_trace()
    {
        using var workspace = new Workspace(package, "bad-port");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", items: """<ContainerPort Include="80800" Type="tcp" />""");
        workspace.Write("Web/Program.cs", Programs.Web);

        var result = await workspace.Dotnet("Web", "publish", "-p:GenerateSlimDockerfile=true");

        Assert.False(result.Succeeded);
        Assert.Contains("error SDB1023", result.Output);
        Assert.Contains("'80800' is not a port number from 1 to 65535", result.Output);
        Assert.Contains("Web.csproj", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
        Assert.DoesNotContain("SDB9001", result.Output);
        Assert.False(workspace.Exists("Web/Dockerfile"));
    }

    [Fact]
    public async Task ContainerFamily_picks_the_variant_and_a_full_image_switches_to_the_non_root_user()
    {
        using var workspace = new Workspace(package, "family");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", properties: "<ContainerFamily>noble</ContainerFamily>");
        workspace.Write("Web/Program.cs", Programs.Web);
        using var chiseled = new Workspace(package, "family-chiseled");
        chiseled.Project("App/App.csproj");
        chiseled.Write("App/Program.cs", Programs.Console);

        var full = (await PublishAndParse(workspace, "Web", "Web/Dockerfile")).Stages()[^1];
        var fromCommandLine = (await PublishAndParse(chiseled, "App", "App/Dockerfile", "-p:ContainerFamily=noble-chiseled")).Stages()[^1];

        Assert.EndsWith("/dotnet/aspnet:10.0-noble AS final", full[0].Arguments);
        Assert.Equal("$APP_UID", full.Single(i => i.Keyword == "USER").Arguments);
        Assert.EndsWith("/dotnet/runtime:10.0-noble-chiseled-extra AS final", fromCommandLine[0].Arguments);
        Assert.DoesNotContain(fromCommandLine, i => i.Keyword == "USER");
    }

    [Fact]
    public async Task OsPackages_switch_to_the_full_image_and_dockerfile_settings_apply()
    {
        using var workspace = new Workspace(package, "os-packages");
        workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web",
            properties: """
                <SlimDockerfileOsPackages>libgssapi-krb5-2;libfontconfig1</SlimDockerfileOsPackages>
                <SlimDockerfileCacheMounts>true</SlimDockerfileCacheMounts>
                <SlimDockerfileCopyLink>false</SlimDockerfileCopyLink>
                """,
            items: """<SlimDockerfileBuildArg Include="APP_CHANNEL" Value="stable" />""");
        workspace.Write("Web/Program.cs", Programs.Web);

        var document = await PublishAndParse(workspace, "Web", "Web/Dockerfile", "-p:SlimDockerfileRegistryMirror=mirror.example.com");

        var (build, final) = (document.Stages()[0], document.Stages()[^1]);
        Assert.Equal("mirror.example.com/dotnet/aspnet:10.0-noble AS final", final[0].Arguments);
        Assert.Contains("apt-get install -y --no-install-recommends libfontconfig1 libgssapi-krb5-2", final.Single(i => i.Keyword == "RUN").Arguments);
        Assert.Equal("$APP_UID", final.Single(i => i.Keyword == "USER").Arguments);
        Assert.Contains(document.Comments, c => c.Contains("SlimDockerfileOsPackages needs a package manager", StringComparison.Ordinal));
        Assert.All(final.Where(i => i.Keyword == "COPY"), c => Assert.Equal(["--from=build"], c.Flags));
        Assert.Equal("mirror.example.com/dotnet/sdk:10.0-noble AS build", build[0].Arguments);
        Assert.Contains(new KeyValuePair<string, string?>("APP_CHANNEL", "stable"), build.Where(i => i.Keyword == "ARG").SelectMany(DockerfileDocument.KeyValues));
        var run = build.Single(i => i.Keyword == "RUN");
        Assert.Equal("type=cache,id=nuget,target=/root/.nuget/packages", run.Flag("mount"));
        Assert.Contains("&& dotnet publish", run.Arguments);
        Assert.Contains(document.Comments, c => c.Contains("-p:SlimDockerfileRegistryMirror=mirror.example.com", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NuGetConfigSecret_reaches_the_restore_and_the_header_and_a_bad_id_is_SDB1034()
    {
        using var workspace = new Workspace(package, "nuget-secret");
        workspace.Project("App/App.csproj");
        workspace.Write("App/Program.cs", Programs.Console);

        var document = await PublishAndParse(workspace, "App", "App/Dockerfile", "-p:SlimDockerfileNuGetConfigSecret=private-feeds");
        var bad = await workspace.Dotnet("App", "publish", "-p:GenerateSlimDockerfile=true", "-p:SlimDockerfileNuGetConfigSecret=my secret");

        var restore = document.Stages()[0].First(i => i.Keyword == "RUN");
        Assert.Equal(["--mount=type=secret,id=private-feeds,required=true"], restore.Flags);
        Assert.Contains("--configfile /run/secrets/private-feeds ", restore.Arguments);
        Assert.Contains(document.Comments, c => c.Contains("--secret id=private-feeds,src=", StringComparison.Ordinal));
        Assert.Contains(document.Comments, c => c.Contains("-p:SlimDockerfileNuGetConfigSecret=private-feeds", StringComparison.Ordinal));
        Assert.False(bad.Succeeded);
        Assert.Contains("error SDB1034", bad.Output);
        Assert.Contains("'my secret'", bad.Output);
        Assert.DoesNotContain("SDB9001", bad.Output);
    }
}
