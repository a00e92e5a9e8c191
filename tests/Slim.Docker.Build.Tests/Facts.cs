using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tests;

/// <summary>ProjectFacts as the SDK evaluates them for common project kinds.</summary>
internal static class Facts
{
    public static ProjectFacts Console(string tfm = "net10.0", string projectPath = "/repo/src/App/App.csproj") => new()
    {
        ProjectPath = projectPath,
        AssemblyName = "App",
        TargetFramework = tfm,
        TargetFrameworkIdentifier = ".NETCoreApp",
        TargetFrameworkVersion = "v" + tfm["net".Length..].Split('-')[0],
        OutputType = "Exe",
    };

    public static ProjectFacts Web(string tfm = "net10.0", string projectPath = "/repo/src/App/App.csproj") =>
        Console(tfm, projectPath) with { ReferencesAspNetCore = true };

    /// <summary>A standalone Blazor WebAssembly app (dotnet new blazorwasm), as the .NET 10 SDK evaluates it.</summary>
    public static ProjectFacts BlazorWebAssembly(string tfm = "net10.0", string projectPath = "/repo/src/Site/Site.csproj") =>
        (Console(tfm, projectPath) with
        {
            AssemblyName = "Site",
            OutputType = "exe",
            RuntimeIdentifier = "browser-wasm",
            SelfContained = "true",
            PublishTrimmed = "true",
        })
        .WithProperty(KnownStrings.ProjectProperties.UsingMicrosoftNETSdkBlazorWebAssembly, "true")
        .WithProperty(KnownStrings.ProjectProperties.UsingMicrosoftNETSdkWebAssembly, "true")
        .WithProperty(KnownStrings.ProjectProperties.StaticWebAssetProjectMode, "Root");
}
