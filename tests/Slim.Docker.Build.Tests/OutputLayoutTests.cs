using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>How the publish output reaches the image: layers by how often they change, symbol files, fixed file times.</summary>
public class OutputLayoutTests
{
    private static List<string> Sources(IEnumerable<DockerInstruction> stage) =>
        stage.Where(i => i.Keyword == "COPY" && i.Flag("from") == "build").SelectMany(DockerfileDocument.CopySources).ToList();

    private static string PublishRun(Generated generated) => generated.Build.Last(i => i.Keyword == "RUN").Arguments;

    [Fact]
    public void A_framework_dependent_app_gets_a_packages_layer_then_an_app_layer_and_WORKDIR_after_them()
    {
        var generated = Generated.For(Facts.Web());

        Assert.Equal(["/layers/packages/", "/app/"], Sources(generated.Final));
        Assert.Equal("WORKDIR", generated.Final[3].Keyword);
        Assert.Contains(" -p:SlimDockerfilePackagesLayerDir=/layers/packages ", PublishRun(generated));
        Assert.Contains(generated.Document.Comments, c => c.Contains("the only layer a code change", StringComparison.Ordinal) || c.Contains("all that a code change pushes and pulls", StringComparison.Ordinal));
    }

    [Fact]
    public void The_debug_stage_copies_the_same_layers_then_the_symbols()
    {
        var generated = Generated.For(Facts.Web());

        var debug = generated.Document.Stages()[2];
        Assert.Equal(["/layers/packages/", "/app/", "/symbols/"], Sources(debug));
        Assert.Equal("WORKDIR", debug.SkipWhile(i => i.Keyword != "COPY" || i.Flag("from") != "build").SkipWhile(i => i.Keyword == "COPY").First().Keyword);
    }

    [Theory]
    [InlineData("PublishAot", "Native AOT compiles the app")]
    [InlineData("PublishSingleFile", "PublishSingleFile bundles")]
    [InlineData("PublishReadyToRunComposite", "PublishReadyToRunComposite compiles")]
    public void One_file_outputs_keep_one_layer_and_say_so(string property, string reason)
    {
        var facts = Facts.Console().WithProperty(property, "true");
        if (property == "PublishReadyToRunComposite")
        {
            facts = facts.WithProperty(KnownStrings.ProjectProperties.PublishReadyToRun, "true");
        }

        var generated = Generated.For(facts);

        Assert.Equal(["/app/"], Sources(generated.Final));
        Assert.DoesNotContain("SlimDockerfilePackagesLayerDir", PublishRun(generated));
        Assert.DoesNotContain("/layers", generated.Text);
        Assert.Contains(generated.Document.Comments, c => c.Contains("One layer: " + reason, StringComparison.Ordinal));
    }

    [Fact]
    public void Composite_is_only_composite_with_ReadyToRun()
    {
        var generated = Generated.For(Facts.Console().WithProperty(KnownStrings.ProjectProperties.PublishReadyToRunComposite, "true"));

        Assert.Equal(["/layers/packages/", "/app/"], Sources(generated.Final));
    }

    [Fact]
    public void Native_aot_moves_dbg_and_pdb_to_the_debug_stage_only()
    {
        var generated = Generated.For(Facts.Web() with { PublishAot = "true" });

        Assert.Contains(@"find . -type f \( -name '*.dbg' -o -name '*.pdb' \) -exec cp --parents {} /symbols/ \; -delete", PublishRun(generated));
        Assert.DoesNotContain("/symbols/", Sources(generated.Final));
        Assert.Contains("/symbols/", Sources(generated.Document.Stages()[2]));
        Assert.Contains(generated.Document.Comments, c => c.Contains("The native executable's debug symbols", StringComparison.Ordinal));
    }

    [Fact]
    public void A_jit_app_keeps_its_pdb_files_and_moves_only_native_symbols()
    {
        var run = PublishRun(Generated.For(Facts.Console() with { PublishTrimmed = "true", PublishSelfContained = "true" }));

        Assert.Contains("find . -type f -name '*.dbg' -exec cp --parents {} /symbols/ \\; -delete", run);
        Assert.DoesNotContain("*.pdb", run);
    }

    [Theory]
    [InlineData("none", true)]
    [InlineData("False", true)]
    [InlineData("all", false)]
    [InlineData("TRUE", false)]
    public void SlimDockerfileSymbols_none_moves_every_symbol_file_and_all_moves_none(string value, bool moves)
    {
        var generated = Generated.For(Facts.Web() with { PublishAot = "true" }, new GenerationOptions { Symbols = value });

        Assert.Equal(moves, PublishRun(generated).Contains("-name '*.pdb'", StringComparison.Ordinal));
        Assert.Equal(moves, generated.Text.Contains("/symbols", StringComparison.Ordinal));
        Assert.Equal(moves, Sources(generated.Document.Stages()[2]).Contains("/symbols/"));
    }

    [Theory]
    [InlineData("yes")]
    [InlineData("native")]
    public void An_unknown_symbols_value_is_SDB1090(string value)
    {
        var error = Generated.SingleError(Facts.Web(), "SDB1090", new GenerationOptions { Symbols = value });

        Assert.Contains($"'{value}'", error.Message);
        Assert.Contains("'managed'", error.Message);
    }

    [Fact]
    public void File_times_are_fixed_packages_at_0_and_the_app_and_sources_at_SOURCE_DATE_EPOCH_when_given()
    {
        var generated = Generated.For(Facts.Web());
        var run = PublishRun(generated);

        // No default: without the argument the app's files keep the build's times, so UseStaticFiles' ETag (time and
        // length) still changes with a file; the header's command passes the last commit's time.
        Assert.Equal(new KeyValuePair<string, string?>("SOURCE_DATE_EPOCH", null), DockerfileDocument.KeyValues(generated.Build[^2]).Single());
        Assert.Matches(@"^if \[ -n ""\$SOURCE_DATE_EPOCH"" \]; then find /src -exec touch -h -d ""@\$SOURCE_DATE_EPOCH"" \{\} \+; fi +&& dotnet publish ", run);
        Assert.Matches(@"&& find /layers/packages -exec touch -h -d @0 \{\} \+ ", run);
        Assert.Matches(@"&& if \[ -n ""\$SOURCE_DATE_EPOCH"" \]; then find /app /symbols -exec touch -h -d ""@\$SOURCE_DATE_EPOCH"" \{\} \+; fi$", run);
        Assert.Contains(generated.Document.Comments, c => c.Contains("--build-arg SOURCE_DATE_EPOCH=\"$(git log -1 --format=%ct 2>/dev/null)\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_trimmed_app_says_that_new_framework_use_changes_the_runtime_layer()
    {
        var generated = Generated.For(Facts.Console() with { PublishTrimmed = "true", PublishSelfContained = "true" });

        Assert.Contains(generated.Document.Comments, c => c.Contains("also changes the trimmed runtime", StringComparison.Ordinal));
        Assert.Contains(generated.Document.Comments, c => c.Contains("the NuGet packages and the .NET runtime", StringComparison.Ordinal));
    }
}
