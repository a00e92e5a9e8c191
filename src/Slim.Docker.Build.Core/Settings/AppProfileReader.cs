using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>Turns raw <see cref="ProjectFacts"/> into an <see cref="AppProfile"/>, or explains why it cannot.</summary>
public static class AppProfileReader
{
    public static AppProfile? Read(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();
        var properties = new PropertyReader(facts, diagnostics);

        if (facts.TargetFramework.Trim().Length == 0)
        {
            if (facts.TargetFrameworks.Trim().Length > 0)
            {
                var suggested = facts.TargetFrameworks.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
                diagnostics.Error(
                    DiagnosticCodes.NoTargetFrameworkChosen,
                    $"The project targets several frameworks ({facts.TargetFrameworks.Trim()}) and none was chosen; a container runs one. " +
                    $"Choose one with -f, e.g. 'dotnet publish -f {suggested} -p:GenerateSlimDockerfile=true' or 'dotnet build -f {suggested} -t:GenerateSlimDockerfile'.");
            }
            else
            {
                MissingFact(diagnostics, "TargetFramework");
            }

            return null;
        }

        var tfm = facts.TargetFramework.Trim();
        if (!string.Equals(facts.TargetFrameworkIdentifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(
                DiagnosticCodes.NotDotNet,
                $"Target framework '{tfm}' is not .NET ({DescribeIdentifier(facts.TargetFrameworkIdentifier)}); Linux containers run .NET 8 or later apps. " +
                "Target net8.0 or later (e.g. <TargetFramework>net10.0</TargetFramework>).");
            return null;
        }

        if (!DotNetVersion.TryParse(facts.TargetFrameworkVersion, out var version))
        {
            MissingFact(diagnostics, "TargetFrameworkVersion");
            return null;
        }

        if (version < DotNetVersion.Net8)
        {
            diagnostics.Error(
                DiagnosticCodes.DotNetTooOld,
                $"Target framework '{tfm}' is .NET {version}; Microsoft publishes supported container images for .NET 8 and later only. " +
                "Retarget the project to net8.0 or later.");
            return null;
        }

        if (version > ImageCatalog.NewestKnown)
        {
            diagnostics.Warning(
                DiagnosticCodes.UntestedDotNetVersion,
                $"Target framework '{tfm}' is newer than .NET {ImageCatalog.NewestKnown}, the newest this version of Slim.Docker.Build knows; " +
                $"the Dockerfile assumes its images are named like .NET {ImageCatalog.NewestKnown}'s. Update Slim.Docker.Build if the build cannot find them.");
        }

        if (facts.TargetPlatformIdentifier.Trim().Length > 0)
        {
            diagnostics.Error(
                DiagnosticCodes.PlatformSpecificTargetFramework,
                $"Target framework '{tfm}' is specific to the '{facts.TargetPlatformIdentifier.Trim()}' platform; Linux containers need a plain one such as 'net{version}'.");
        }

        var outputType = facts.OutputType.Trim();
        if (!outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) && !outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Error(
                DiagnosticCodes.NotAnApplication,
                $"The project's OutputType is '{(outputType.Length == 0 ? "Library" : outputType)}': a container runs an application. " +
                "Generate the Dockerfile for the app project that references this library, or set <OutputType>Exe</OutputType>.");
        }

        var assemblyName = facts.AssemblyName.Trim();
        if (assemblyName.Length == 0)
        {
            MissingFact(diagnostics, "AssemblyName");
        }
        else if (assemblyName.IndexOfAny(['/', '\\']) >= 0 || assemblyName.Any(char.IsControl))
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidAssemblyName,
                $"AssemblyName '{assemblyName}' contains a path separator or control character, so it cannot name the app's file in the image. Use a plain file name.");
        }

        // A standalone Blazor WebAssembly app runs in the browser: its RID (browser-wasm) is not the image's, which
        // only ContainerRuntimeIdentifier can name (the web server's platform).
        var blazorWebAssembly = properties.Boolean(KnownStrings.ProjectProperties.UsingMicrosoftNETSdkBlazorWebAssembly) == true;
        if (blazorWebAssembly && IsHostedClient(facts))
        {
            diagnostics.Error(
                DiagnosticCodes.HostedWebAssemblyClient,
                $"This Blazor WebAssembly project is the client of a hosted app (StaticWebAssetProjectMode is '{facts.Property(KnownStrings.ProjectProperties.StaticWebAssetProjectMode).Trim()}', " +
                "as in the .Client project of a Blazor Web App): the server project that references it serves its files. " +
                "Generate the Dockerfile for the server project (dotnet publish <Server>.csproj -p:GenerateSlimDockerfile=true); its image contains this client.");
            return null;
        }

        var rid = blazorWebAssembly ? ReadServerRuntimeIdentifier(facts, diagnostics) : ReadRuntimeIdentifier(facts, diagnostics);
        var pinned = facts.ContainerRuntimeIdentifier.Trim().Length > 0 || (!blazorWebAssembly && facts.RuntimeIdentifier.Trim().Length > 0);
        List<RuntimeIdentifierInfo> platforms = rid is not null ? [rid] : pinned ? [] : ReadContainerRuntimeIdentifiers(facts, diagnostics);

        var aot = properties.Boolean(KnownStrings.ProjectProperties.PublishAot) == true;
        var trimmed = properties.Boolean(KnownStrings.ProjectProperties.PublishTrimmed) == true;
        var singleFile = properties.Boolean(KnownStrings.ProjectProperties.PublishSingleFile) == true;
        var readyToRun = properties.Boolean(KnownStrings.ProjectProperties.PublishReadyToRun) == true;
        var composite = readyToRun && properties.Boolean(KnownStrings.ProjectProperties.PublishReadyToRunComposite) == true;
        var invariant = properties.Boolean(KnownStrings.ProjectProperties.InvariantGlobalization) == true;
        var selfContained = IsSelfContained(facts, properties, impliesSelfContained: aot || trimmed || singleFile);

        if (checkpoint.HasNewErrors)
        {
            return null;
        }

        return new AppProfile
        {
            Version = version,
            TargetFramework = tfm,
            Kind = blazorWebAssembly ? AppKind.BlazorWebAssembly : facts.ReferencesAspNetCore ? AppKind.Web : AppKind.Console,
            Deployment = aot ? Deployment.NativeAot : selfContained ? Deployment.SelfContained : Deployment.FrameworkDependent,
            Invariant = invariant,
            Trimmed = trimmed,
            SingleFile = singleFile,
            ReadyToRun = readyToRun,
            ReadyToRunComposite = composite,
            RuntimeIdentifier = rid ?? (platforms.Count == 1 ? platforms[0] : null),
            Platforms = platforms,
            AssemblyName = assemblyName,
        };
    }

    /// <summary>
    /// Mirrors the SDK (Microsoft.NET.RuntimeIdentifierInference.targets): a global SelfContained wins; when
    /// publishing, PublishSelfContained replaces SelfContained; and when neither is set, PublishTrimmed,
    /// PublishSingleFile and PublishAot imply self-contained.
    /// </summary>
    private static bool IsSelfContained(ProjectFacts facts, PropertyReader properties, bool impliesSelfContained)
    {
        if (facts.GlobalProperties.TryGetValue("SelfContained", out var global))
        {
            return properties.Boolean("SelfContained", global) == true;
        }

        var publishSelfContained = properties.Boolean(KnownStrings.ProjectProperties.PublishSelfContained);
        var selfContained = properties.Boolean(KnownStrings.ProjectProperties.SelfContained);
        return publishSelfContained ?? selfContained ?? impliesSelfContained;
    }

    /// <summary>
    /// The Blazor WebAssembly SDK sets StaticWebAssetProjectMode=Root for a standalone app; a Blazor Web App's .Client
    /// project sets Default, because the server project that references it publishes its files.
    /// </summary>
    private static bool IsHostedClient(ProjectFacts facts) =>
        facts.Property(KnownStrings.ProjectProperties.StaticWebAssetProjectMode).Trim().Equals("Default", StringComparison.OrdinalIgnoreCase);

    private static RuntimeIdentifierInfo? ReadServerRuntimeIdentifier(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var rid = facts.ContainerRuntimeIdentifier.Trim();
        return rid.Length == 0 ? null : Parse($"ContainerRuntimeIdentifier is '{rid}'", rid, diagnostics);
    }

    private static RuntimeIdentifierInfo? ReadRuntimeIdentifier(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var (name, rid) = facts.ContainerRuntimeIdentifier.Trim().Length > 0
            ? ("ContainerRuntimeIdentifier", facts.ContainerRuntimeIdentifier.Trim())
            : ("RuntimeIdentifier", facts.RuntimeIdentifier.Trim());
        return rid.Length == 0 ? null : Parse($"{name} is '{rid}'", rid, diagnostics);
    }

    /// <summary>A Linux RID Microsoft publishes images for, or null with its error.</summary>
    /// <param name="subject">What names the RID, for the message: <c>RuntimeIdentifier is 'win-x64'</c>.</param>
    /// <param name="rid">The RID.</param>
    /// <param name="diagnostics">Where the error goes.</param>
    private static RuntimeIdentifierInfo? Parse(string subject, string rid, DiagnosticBag diagnostics)
    {
        switch (RuntimeIdentifierParser.TryParse(rid, out var info))
        {
            case RuntimeIdentifierProblem.NotLinux when IsWebAssembly(rid):
                diagnostics.Error(
                    DiagnosticCodes.NonLinuxRuntimeIdentifier,
                    $"{subject}, a WebAssembly RID: only a standalone Blazor WebAssembly app (Microsoft.NET.Sdk.BlazorWebAssembly) becomes an image, " +
                    "a static site on a web server. For other WebAssembly apps, serve the publish output's wwwroot folder from a web server of your choice, " +
                    "or generate the Dockerfile for the ASP.NET Core app that hosts it.");
                return null;
            case RuntimeIdentifierProblem.NotLinux:
                diagnostics.Error(
                    DiagnosticCodes.NonLinuxRuntimeIdentifier,
                    $"{subject}, but the generated images are Linux images. Use a Linux RID such as linux-x64, linux-arm64 or linux-musl-x64, " +
                    "or remove the RID and let the image's architecture decide.");
                return null;
            case RuntimeIdentifierProblem.NoImages:
                diagnostics.Error(
                    DiagnosticCodes.UnsupportedRuntimeIdentifier,
                    $"{subject}, but Microsoft publishes .NET images only for the portable RIDs linux-x64, linux-arm64, linux-arm " +
                    "and their linux-musl- forms. Use one of those.");
                return null;
            default:
                return info;
        }
    }

    private static bool IsWebAssembly(string rid) =>
        rid.StartsWith("browser", StringComparison.OrdinalIgnoreCase) || rid.StartsWith("wasi", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// ContainerRuntimeIdentifiers, used as the SDK uses them when neither ContainerRuntimeIdentifier nor RuntimeIdentifier
    /// is set: one image for several platforms. Like the SDK, all of them target musl or none does.
    /// </summary>
    private static List<RuntimeIdentifierInfo> ReadContainerRuntimeIdentifiers(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var platforms = new List<RuntimeIdentifierInfo>();
        var names = facts.Property(KnownStrings.ContainerProperties.ContainerRuntimeIdentifiers)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var name in names.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (Parse($"ContainerRuntimeIdentifiers names '{name}'", name, diagnostics) is { } info && !platforms.Any(p => p.Rid == info.Rid))
            {
                platforms.Add(info);
            }
        }

        if (platforms.Any(p => p.IsMusl) && !platforms.All(p => p.IsMusl))
        {
            diagnostics.Error(
                DiagnosticCodes.MixedMuslRuntimeIdentifiers,
                $"ContainerRuntimeIdentifiers is '{string.Join(";", names)}': some target musl (Alpine) and some glibc, but one image has one base image. " +
                "Use only linux-musl-* RIDs (an Alpine image) or only linux-* RIDs, as dotnet publish -t:PublishContainer requires.");
            return [];
        }

        return platforms;
    }

    private static string DescribeIdentifier(string identifier) => identifier switch
    {
        ".NETFramework" => ".NET Framework",
        ".NETStandard" => ".NET Standard, a library target",
        "" => "unknown framework",
        _ => identifier,
    };

    private static void MissingFact(DiagnosticBag diagnostics, string property) =>
        diagnostics.Error(
            DiagnosticCodes.MissingProjectFact,
            $"Property '{property}' is empty, so Slim.Docker.Build cannot plan the image. Is this an SDK-style .NET project? Set {property} in the project file.");
}
