using System.Globalization;
using System.Text.Json;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>
/// The proof that the generated Dockerfile builds the image dotnet publish -t:PublishContainer builds: for each case,
/// the SDK's own targets and the generated Dockerfile (built with its header's command) make an image of the same web
/// app with the same properties and items, and <c>docker image inspect</c> of the two must agree on Entrypoint, Cmd,
/// User, WorkingDir, ExposedPorts, Env and Labels. Label values that differ by nature are compared by presence: the
/// times of the two builds and the base image's digest (empty unless the build passes it). Both sides use the same base
/// image, served to the SDK by a local registry; where the case leaves the image to ContainerFamily, the SDK's own
/// ComputeContainerBaseImage must name the image the Dockerfile's FROM names.
/// </summary>
public class SdkParityTests(DockerEngine docker, SdkParityFixture parity) : IClassFixture<SdkParityFixture>
{
    /// <summary>One case: the properties and items of the project, and whether ContainerFamily picks the image.</summary>
    public sealed record ParityCase(string Name, string Properties, string Items = "", bool FamilyPicksImage = false);

    private static readonly ParityCase[] All =
    [
        new("defaults",
            "<Description>Parity web app</Description><ContainerVendor>Contoso</ContainerVendor><PackageProjectUrl>https://example.com/web</PackageProjectUrl>",
            """<ContainerEnvironmentVariable Include="TZ" Value="Europe/Paris" /><ContainerLabel Include="com.example.team" Value="payments" />"""),
        new("labels-off", "<ContainerGenerateLabels>false</ContainerGenerateLabels>"),
        new("custom-tags", "<ContainerImageTags>1.0;latest</ContainerImageTags>"),
        new("instruction-entrypoint", "<ContainerAppCommandInstruction>Entrypoint</ContainerAppCommandInstruction>",
            """<ContainerAppCommandArgs Include="--urls;http://+:8080" /><ContainerDefaultArgs Include="--verbose" />"""),
        new("instruction-default-args", "<ContainerAppCommandInstruction>DefaultArgs</ContainerAppCommandInstruction>",
            """<ContainerAppCommandArgs Include="--mode;batch" /><ContainerDefaultArgs Include="--verbose" />"""),
        new("instruction-none", "<ContainerAppCommandInstruction>None</ContainerAppCommandInstruction>",
            """<ContainerEntrypoint Include="dotnet" /><ContainerEntrypointArgs Include="/app/Web.dll" /><ContainerDefaultArgs Include="--verbose" />"""),
        new("ports-from-aspnetcore-urls", "",
            """<ContainerEnvironmentVariable Include="ASPNETCORE_URLS" Value="http://+:5000;https://+:5001" />"""),
        new("family-in-the-table", "<ContainerFamily>noble-chiseled</ContainerFamily>", FamilyPicksImage: true),
        new("family-not-in-the-table", "<ContainerFamily>{unknown}</ContainerFamily>", FamilyPicksImage: true),
    ];

    public static TheoryData<string> Cases => [.. All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_generated_dockerfile_builds_the_image_PublishContainer_builds(string name)
    {
        docker.RequireEngine();
        parity.RequireRegistry();
        var @case = All.Single(c => c.Name == name);
        var ours = $"sdb-parity-{parity.Id}-{name}";
        var sdk = $"sdb-parity-sdk-{parity.Id}-{name}";
        var caseFile = WriteCase(@case, ours, @case.FamilyPicksImage ? null : await parity.Push(SdkParityFixture.BaseImage));

        // The generated Dockerfile, built exactly as its header says, and given the SDK image's version.
        var generate = await parity.Dotnet(caseFile, "build", "-t:GenerateSlimDockerfile");
        Assert.True(generate.Succeeded, generate.ToString());
        var dockerfile = parity.Workspace[$"{SdkParityFixture.ProjectFolder}/Dockerfile"];
        var (command, directory) = ContainerScenario.ReadHeaderBuildCommand(dockerfile);
        var build = await DockerEngine.Shell(
            $"BUILDKIT_PROGRESS=plain {command[..^2]} --build-arg DOTNET_SDK_VERSION={parity.SdkVersion} .", directory, TimeSpan.FromMinutes(20));
        Assert.True(build.Succeeded, $"{command}\n{build}");
        var tags = Tags(@case);
        foreach (var tag in tags)
        {
            parity.Track($"{ours}:{tag}");
        }

        // The SDK's image: the same project, the same properties; only the repository differs.
        List<string> arguments = ["publish", "-t:PublishContainer", "-c", "Release", $"-p:ContainerRepository={sdk}"];
        if (@case.FamilyPicksImage)
        {
            var inferred = await parity.Dotnet(caseFile, "msbuild", "-t:ComputeContainerBaseImage", "-getProperty:ContainerBaseImage");
            Assert.True(inferred.Succeeded, inferred.ToString());
            var image = inferred.Output.Trim().Split('\n')[^1].Trim();
            var from = File.ReadAllLines(dockerfile).Last(l => l.StartsWith("FROM ", StringComparison.Ordinal)).Split(' ')[1];
            Assert.Equal(image, from);
            arguments.Add($"-p:ContainerBaseImage={await parity.Push(image)}");
        }

        var publish = await parity.Dotnet(caseFile, [.. arguments]);
        Assert.True(publish.Succeeded, publish.ToString());
        foreach (var tag in tags)
        {
            parity.Track($"{sdk}:{tag}");
        }

        // Both carry every tag.
        foreach (var tag in tags)
        {
            Assert.True((await DockerEngine.Docker(["image", "inspect", $"{ours}:{tag}"])).Succeeded, $"{ours}:{tag} was not built");
            Assert.True((await DockerEngine.Docker(["image", "inspect", $"{sdk}:{tag}"])).Succeeded, $"{sdk}:{tag} was not built");
        }

        var expected = await Config($"{sdk}:{tags[0]}");
        var actual = await Config($"{ours}:{tags[0]}");
        Assert.Equal(Strings(expected, "Entrypoint"), Strings(actual, "Entrypoint"));
        Assert.Equal(Strings(expected, "Cmd"), Strings(actual, "Cmd"));
        Assert.Equal(expected.GetProperty("User").GetString(), actual.GetProperty("User").GetString());
        Assert.Equal(expected.GetProperty("WorkingDir").GetString()!.TrimEnd('/'), actual.GetProperty("WorkingDir").GetString()!.TrimEnd('/'));
        Assert.Equal(Keys(expected, "ExposedPorts"), Keys(actual, "ExposedPorts"));
        Assert.Equal(Map(expected, "Env", "="), Map(actual, "Env", "="));

        var sdkLabels = Map(expected, "Labels");
        var ourLabels = Map(actual, "Labels");
        Assert.Equal(sdkLabels.Keys.Order(StringComparer.Ordinal), ourLabels.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, value) in sdkLabels)
        {
            switch (key)
            {
                case "org.opencontainers.image.created" or "org.opencontainers.artifact.created":
                    Assert.True(DateTimeOffset.TryParse(ourLabels[key], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _), $"{key}={ourLabels[key]}");
                    break;
                case "org.opencontainers.image.base.digest":
                    break;
                case "org.opencontainers.image.base.name":
                    // The SDK read the base image from the local registry, the Dockerfile names it as Microsoft does.
                    Assert.Equal(WithoutRegistry(value), WithoutRegistry(ourLabels[key]));
                    break;
                default:
                    Assert.True(value == ourLabels[key], $"label {key}: the SDK's is '{value}', ours '{ourLabels[key]}'");
                    break;
            }
        }
    }

    private string WriteCase(ParityCase @case, string repository, string? baseImage) =>
        parity.Workspace.Write($"../parity-cases/{@case.Name}.props", $"""
            <Project>
              <PropertyGroup>
                <ContainerRepository>{repository}</ContainerRepository>
                {(baseImage is null ? "" : $"<ContainerBaseImage>{baseImage}</ContainerBaseImage>")}
                {@case.Properties.Replace("{unknown}", parity.UnknownFamily, StringComparison.Ordinal)}
              </PropertyGroup>
              <ItemGroup>{@case.Items}</ItemGroup>
            </Project>
            """);

    private static string[] Tags(ParityCase @case) =>
        @case.Properties.Contains("<ContainerImageTags>1.0;latest", StringComparison.Ordinal) ? ["1.0", "latest"] : ["latest"];

    private static async Task<JsonElement> Config(string image)
    {
        var inspect = await DockerEngine.Docker(["image", "inspect", image, "--format", "{{json .Config}}"]);
        Assert.True(inspect.Succeeded, inspect.ToString());
        return JsonDocument.Parse(inspect.Output.Trim().Split('\n')[^1]).RootElement.Clone();
    }

    /// <summary>A list of the config; null and empty are the same (Docker writes CMD [] as null).</summary>
    private static string[] Strings(JsonElement config, string name) =>
        config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray().Select(v => v.GetString()!)] : [];

    private static string[] Keys(JsonElement config, string name) =>
        config.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? [.. value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)] : [];

    /// <summary>Labels (an object) or Env (NAME=value strings) as a dictionary.</summary>
    private static SortedDictionary<string, string> Map(JsonElement config, string name, string? separator = null)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!config.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return map;
        }

        if (separator is null)
        {
            foreach (var property in value.EnumerateObject())
            {
                map[property.Name] = property.Value.GetString()!;
            }
        }
        else
        {
            foreach (var entry in value.EnumerateArray().Select(e => e.GetString()!))
            {
                var at = entry.IndexOf(separator, StringComparison.Ordinal);
                map[entry[..at]] = entry[(at + 1)..];
            }
        }

        return map;
    }

    private static string WithoutRegistry(string image) =>
        image.Split('/')[0] is var first && (first.Contains('.', StringComparison.Ordinal) || first.Contains(':', StringComparison.Ordinal)) ? image[(first.Length + 1)..] : image;
}
