using System.Reflection;
using System.Text;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// Every setting the generator reads, enumerated from <see cref="KnownStrings"/> (so a new property or item is covered
/// the day it is added), gets values built from the characters that break Dockerfiles and shells. Whatever the value,
/// generation either stops with coded errors and writes nothing, or writes a Dockerfile whose instructions are exactly
/// those of the same project with a harmless value of the same shape: no value adds, removes, splits or merges an
/// instruction, and none becomes a parser directive. <see cref="InjectionPropertyTests"/> checks, for the settings it
/// knows, that each value also reads back unchanged.
/// </summary>
public class EverySettingPropertyTests
{
    private const int CasesPerSetting = 40;

    private static readonly string? MemoryBackedRoot = Directory.Exists("/dev/shm") ? "/dev/shm" : null;

    // Settings whose value is a path the generator writes to or reads from: hostile values stay inside the repository,
    // so that a test never writes outside its temporary folder.
    private static readonly HashSet<string> PathSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        KnownStrings.SlimProperties.OutputPath,
        KnownStrings.SlimProperties.Context,
        KnownStrings.SlimProperties.TemplatesDirectory,
        KnownStrings.ProjectProperties.ProjectAssetsFile,
    };

    private static readonly string[] Fragments =
    [
        "\"", "'", "$", "${HOME}", "$(id)", "`id`", "\\", "\\\\", " ", "  ", "\t", "#", "# x", ";", ",", "=", "[", "]", "{", "}",
        "*", "?", "-", "--", "&&", "|", ">", "<", "%", "%24", "@", "!", ":", "/", ".", "é", "日本", "\U0001F600",
        "\n", "\r\n", "\u001b", "\0", "true", "false", "8080", "tcp", "linux-x64", "noble-chiseled", "alpine",
        "mcr.microsoft.com/dotnet/aspnet:10.0", "App", "x", "RUN", "FROM", "escape=`", "syntax=evil",
    ];

    public static TheoryData<string> Properties => new(Constants(typeof(KnownStrings.ProjectProperties), typeof(KnownStrings.ContainerProperties), typeof(KnownStrings.SlimProperties))
        .Where(name => name != KnownStrings.SlimProperties.Prefix));

    public static TheoryData<string> Items => new(Constants(typeof(KnownStrings.Items)));

    [Theory]
    [MemberData(nameof(Properties))]
    public void No_value_of_a_property_changes_the_instructions(string property)
    {
        var random = new Random(HashCode(property));
        for (var i = 0; i < CasesPerSetting; i++)
        {
            var value = Hostile(random, PathSettings.Contains(property));
            Check(property, value, facts => facts.WithProperty(property, value), shape => facts => facts.WithProperty(property, shape(value)));
        }
    }

    [Theory]
    [MemberData(nameof(Items))]
    public void No_item_of_any_type_changes_the_instructions(string itemType)
    {
        var random = new Random(HashCode(itemType));
        for (var i = 0; i < CasesPerSetting; i++)
        {
            var include = Hostile(random, paths: itemType == KnownStrings.Items.ProjectReference);
            var value = Hostile(random, paths: false);
            var type = Hostile(random, paths: false);
            ProjectItem Item(Func<string, string> shape) => new(shape(include), new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
            {
                [KnownStrings.Metadata.Value] = shape(value),
                [KnownStrings.Metadata.Type] = shape(type),
            });

            Check(
                itemType,
                $"Include={include} Value={value} Type={type}",
                facts => facts.WithItems(itemType, [Item(v => v)]),
                shape => facts => facts.WithItems(itemType, [Item(shape)]));
        }
    }

    private static void Check(string setting, string shown, Func<ProjectFacts, ProjectFacts> apply, Func<Func<string, string>, Func<ProjectFacts, ProjectFacts>> applyShaped)
    {
        var hostile = Generate(apply);
        var description = $"{setting} = {Visible(shown)}";
        if (!hostile.Result.Succeeded)
        {
            Assert.All(hostile.Result.Diagnostics.Where(d => d.IsError), d => Assert.Matches("^SDB[1-4][0-9]{3}$", d.Code));
            Assert.True(hostile.Written.Count == 0, $"{description}: failed but wrote {string.Join(", ", hostile.Written)}");
            return;
        }

        var document = DockerfileDocument.Parse(hostile.Dockerfile!);
        Assert.True(document.Directives.Count == 0, $"{description}: became a parser directive");

        // The same project with a harmless value of the same length: letters, else digits, for settings that take numbers.
        foreach (var shape in (Func<string, string>[])[Harmless('a'), Harmless('1')])
        {
            var twin = Generate(applyShaped(shape));
            if (twin.Result.Succeeded)
            {
                Assert.True(
                    Signature(DockerfileDocument.Parse(twin.Dockerfile!)).SequenceEqual(Signature(document)),
                    $"{description}: the instructions differ from those of the harmless value.\n{hostile.Dockerfile}");
                return;
            }
        }
    }

    private sealed record Output(GenerationResult Result, string? Dockerfile, IReadOnlyList<string> Written);

    private static Output Generate(Func<ProjectFacts, ProjectFacts> apply)
    {
        using var temp = new TempDirectory("sdb-every", MemoryBackedRoot);
        Directory.CreateDirectory(temp[".git"]);
        temp.Write("nuget.config", "<configuration />");
        var project = temp.Write("src/App/App.csproj", "<Project />");
        var facts = apply(Facts.Web(projectPath: project) with { AssemblyName = "App" });
        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = facts,
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
            ToolVersion = "1.0.0",
        });
        var outside = result.Files.Select(f => f.Path).Where(f => !f.StartsWith(temp.Path + Path.DirectorySeparatorChar, StringComparison.Ordinal)).ToList();
        Assert.True(outside.Count == 0, $"wrote outside the repository: {string.Join(", ", outside)}");
        var written = Directory.EnumerateFiles(temp.Path, "*", SearchOption.AllDirectories)
            .Where(f => f.Contains("Dockerfile", StringComparison.Ordinal) || f.Contains(".dockerignore", StringComparison.Ordinal))
            .ToList();
        // The generator writes the Dockerfile first, whatever its name.
        var dockerfile = result.Succeeded ? File.ReadAllText(result.Files[0].Path) : null;
        return new Output(result, dockerfile, written);
    }

    // Blanks stay blanks (a value of blanks alone is unset, like an empty one), so the twin is unset exactly when the value is.
    private static Func<string, string> Harmless(char c) => value =>
        string.Concat(value.Take(64).Select(v => char.IsWhiteSpace(v) || v == '\0' ? ' ' : c));

    private static string Hostile(Random random, bool paths)
    {
        var builder = new StringBuilder();
        var parts = random.Next(0, 8) == 0 ? random.Next(40, 120) : random.Next(1, 6);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(Fragments[random.Next(Fragments.Length)]);
        }

        var value = builder.ToString();
        return paths ? "sub/" + value.Replace("..", "", StringComparison.Ordinal).TrimStart('/') : value;
    }

    // Keywords and flag names: a flag's value (a secret id, a stage name) may carry the setting's value.
    private static List<string> Signature(DockerfileDocument document) =>
        document.Stages().Select((stage, n) => $"stage {n}: " + string.Join(" | ", stage.Select(i => string.Join(' ', [i.Keyword, .. i.Flags.Select(f => f.Split('=')[0])])))).ToList();

    private static IEnumerable<string> Constants(params Type[] types) =>
        types.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Distinct(StringComparer.Ordinal);

    private static int HashCode(string text) => text.Aggregate(17, (h, c) => unchecked((h * 31) + c));

    private static string Visible(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
