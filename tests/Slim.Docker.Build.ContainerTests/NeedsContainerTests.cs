using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>A SkiaSharp app (native libSkiaSharp.so, which needs fontconfig) runs in the image the generator recommends.</summary>
public class SkiaSharpNeedsTests(PackageFixture package, DockerEngine docker)
{
    private const string DrawPng = """
        using SkiaSharp;
        using var bitmap = new SKBitmap(64, 32);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        // The font manager is fontconfig on Linux: this fails without libfontconfig.so.1 in the image.
        var typeface = SKFontManager.Default.MatchFamily("DejaVu Sans") ?? SKTypeface.Default;
        using var font = new SKFont(typeface, 16);
        using var paint = new SKPaint { Color = SKColors.Black };
        canvas.DrawText("Hi", 2, 20, font, paint);
        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        Console.WriteLine($"png {(png.Size > 0 ? "ok" : "empty")}");
        """;

    [Fact]
    public async Task A_SkiaSharp_app_draws_and_encodes_a_png_in_the_recommended_image()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "skia", "App");
        scenario.Workspace.Project("App/App.csproj", properties: scenario.ContainerRepositoryProperty, items: """
            <PackageReference Include="SkiaSharp" Version="3.119.0" />
            <PackageReference Include="SkiaSharp.NativeAssets.Linux" Version="3.119.0" />
            """);
        scenario.Workspace.Write("App/Program.cs", DrawPng);
        await scenario.Generate();
        Assert.EndsWith("/dotnet/runtime:10.0-noble", scenario.FinalBaseImage);
        Assert.Contains("libfontconfig1", scenario.Dockerfile.Stages()[^1].Single(i => i.Keyword == "RUN").Arguments);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal("png ok", run.Output.Trim());
    }
}

/// <summary>Microsoft.Data.Sqlite ships libe_sqlite3.so, which needs only libc: the chiseled image runs it.</summary>
public class SqliteNeedsTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task A_Sqlite_app_runs_on_the_chiseled_image_the_generator_picked()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "sqlite", "App");
        scenario.Workspace.Project("App/App.csproj",
            properties: scenario.ContainerRepositoryProperty + "<InvariantGlobalization>true</InvariantGlobalization>",
            items: """<PackageReference Include="Microsoft.Data.Sqlite" Version="10.0.0" />""");
        scenario.Workspace.Write("App/Program.cs", """
            using Microsoft.Data.Sqlite;
            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "select 'sqlite ' || sqlite_version()";
            Console.WriteLine(command.ExecuteScalar());
            """);
        await scenario.Generate();
        Assert.EndsWith("/dotnet/runtime:10.0-noble-chiseled", scenario.FinalBaseImage);
        Assert.DoesNotContain(scenario.Dockerfile.Stages()[^1], i => i.Keyword == "RUN");

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.StartsWith("sqlite 3.", run.Output.Trim(), StringComparison.Ordinal);
        await scenario.AssertSlimFinalImage();
    }
}

/// <summary>docker build --target debug: the same app on a full image with a shell and the diagnostic tools.</summary>
public class DebugTargetTests(PackageFixture package, DockerEngine docker)
{
    [Fact]
    public async Task The_debug_target_builds_and_dotnet_counters_runs_from_the_PATH()
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, "debug", "Web");
        scenario.Workspace.Project("Web/Web.csproj", sdk: "Microsoft.NET.Sdk.Web", properties: scenario.ContainerRepositoryProperty);
        scenario.Workspace.Write("Web/Program.cs", Apps.Web);
        await scenario.Generate();

        await scenario.Build(replaceBuild: "docker build --target debug");
        var counters = await DockerEngine.RunToExit(["--entrypoint", "dotnet-counters", scenario.Tag, "--version"], timeout: TimeSpan.FromMinutes(2));
        var shell = await DockerEngine.RunToExit(["--entrypoint", "sh", scenario.Tag, "-c", "id -u && command -v dotnet-dump && command -v dotnet-trace"], timeout: TimeSpan.FromMinutes(2));

        Assert.True(counters.Succeeded, counters.ToString());
        Assert.Matches(@"^\d+\.\d+", counters.Output.Trim());
        Assert.True(shell.Succeeded, shell.ToString());
        Assert.Equal(["1654", "/tools/dotnet-dump", "/tools/dotnet-trace"], shell.Output.Trim().Split('\n'));
    }
}

/// <summary>
/// Microsoft.Data.SqlClient loads libgssapi_krb5.so.2 only for Kerberos: the image stays chiseled (SDB4005) unless the
/// project opts in with SlimDockerfileOsFeatures=kerberos, and then the library is really there to load.
/// </summary>
public class SqlClientKerberosNeedsTests(PackageFixture package, DockerEngine docker)
{
    private const string LoadGssapi = """
        using System.Runtime.InteropServices;
        // SqlClient's managed SNI opens the GSSAPI library by this name when it negotiates Kerberos.
        Console.WriteLine(NativeLibrary.TryLoad("libgssapi_krb5.so.2", out _) ? "gssapi loaded" : "gssapi missing");
        Console.WriteLine(typeof(Microsoft.Data.SqlClient.SqlConnection).Assembly.GetName().Name);
        """;

    [Theory]
    [InlineData("", "/dotnet/runtime:10.0-noble-chiseled-extra", "gssapi missing")]
    [InlineData("<SlimDockerfileOsFeatures>kerberos</SlimDockerfileOsFeatures>", "/dotnet/runtime:10.0-noble", "gssapi loaded")]
    public async Task Kerberos_is_the_projects_call_and_the_opt_in_image_loads_the_library(string optIn, string finalImage, string expected)
    {
        docker.RequireEngine();
        await using var scenario = ContainerScenario.Create(package, optIn.Length == 0 ? "sqlclient" : "sqlclient-krb", "App");
        scenario.Workspace.Project("App/App.csproj", properties: scenario.ContainerRepositoryProperty + optIn, items: """
            <PackageReference Include="Microsoft.Data.SqlClient" Version="7.1.1" />
            """);
        scenario.Workspace.Write("App/Program.cs", LoadGssapi);
        await scenario.Generate();
        Assert.EndsWith(finalImage, scenario.FinalBaseImage);

        await scenario.Build();
        var run = await scenario.Run();

        Assert.True(run.Succeeded, run.ToString());
        Assert.Equal([expected, "Microsoft.Data.SqlClient"], run.Output.Trim().Split('\n').Select(l => l.Trim()));
    }
}
