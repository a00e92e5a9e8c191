using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>The restore output, read once: the reference closure and the native libraries the image ships.</summary>
public class ProjectAssetsReaderTests
{
    [Theory]
    [InlineData("x64", false, "runtimes/linux-x64/native/libSkiaSharp.so")]
    [InlineData("arm64", false, "runtimes/linux-arm64/native/libSkiaSharp.so")]
    [InlineData("x64", true, "runtimes/linux-musl-x64/native/libSkiaSharp.so")]
    public void A_portable_target_gives_the_assets_of_the_images_libc_and_architecture(string architecture, bool musl, string expected)
    {
        using var temp = new TempDirectory();
        var path = NativePackages.AssetsFile(temp.Path, [(NativePackages.SkiaId, NativePackages.SkiaVersion, "libSkiaSharp.so")], "Some.Managed");

        var assets = ProjectAssetsReader.Read(path, out var error)?.ForPlatform("net10.0", rid: null, architecture, musl);

        Assert.Null(error);
        var native = Assert.Single(assets!.NativeLibraries);
        Assert.Equal(expected, native.AssetPath);
        Assert.NotNull(native.FullPath);
        Assert.True(File.Exists(native.FullPath));
        Assert.Equal([NativePackages.SkiaId, "Some.Managed"], assets.PackageIds);
    }

    [Fact]
    public void A_RID_specific_target_gives_what_restore_chose_for_that_RID()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("project.assets.json", $$"""
            {
              "version": 3,
              "targets": {
                "net10.0": {},
                "net10.0/linux-arm64": {
                  "{{NativePackages.SqliteId}}/{{NativePackages.SqliteVersion}}": { "type": "package", "native": { "runtimes/linux-arm64/native/libe_sqlite3.so": {} } },
                  "Lib/1.0.0": { "type": "project" }
                }
              },
              "libraries": { "{{NativePackages.SqliteId}}/{{NativePackages.SqliteVersion}}": { "type": "package", "path": "{{NativePackages.SqliteId.ToLowerInvariant()}}/{{NativePackages.SqliteVersion}}" } },
              "packageFolders": { "{{NativePackages.Root}}": {} }
            }
            """);

        var assets = ProjectAssetsReader.Read(path, out _)?.ForPlatform("net10.0", "linux-arm64", "arm64", musl: false);

        var native = Assert.Single(assets!.NativeLibraries);
        Assert.Equal(NativePackages.Sqlite("linux-arm64"), native.FullPath);
        Assert.Equal([NativePackages.SqliteId], assets.PackageIds);
    }

    [Fact]
    public void A_corrupt_file_is_an_error_not_an_exception()
    {
        using var temp = new TempDirectory();

        Assert.Null(ProjectAssetsReader.Read(temp.Write("project.assets.json", "[1, 2"), out var error));
        Assert.NotNull(error);
    }

    [Fact]
    public void Reads_the_transitive_project_closure_relative_to_the_project()
    {
        using var temp = new TempDirectory();
        var assets = temp.Write("src/App/obj/project.assets.json", """
            { "libraries": {
                "Lib/1.0.0": { "type": "project", "path": "../Lib/Lib.csproj", "msbuildProject": "../Lib/Lib.csproj" },
                "Deep/1.0.0": { "type": "project", "path": "../../deep/Deep.csproj", "msbuildProject": "../../deep/Deep.csproj" },
                "Newtonsoft.Json/13.0.1": { "type": "package", "path": "newtonsoft.json/13.0.1" } } }
            """);

        var closure = ProjectAssetsReader.Read(assets, out var error)?.ProjectReferences(temp["src/App"]);

        Assert.Null(error);
        Assert.Equal([temp["src/Lib/Lib.csproj"], temp["deep/Deep.csproj"]], closure);
    }

    [Fact]
    public void A_broken_assets_file_gives_an_error_not_an_exception()
    {
        using var temp = new TempDirectory();
        var assets = temp.Write("obj/project.assets.json", "{ \"libraries\": ");

        var closure = ProjectAssetsReader.Read(assets, out var error);

        Assert.Null(closure);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("{ \"targets\": [] }")]
    [InlineData("{ \"libraries\": \"x\" }")]
    [InlineData("{ \"packageFolders\": [\"/p\"] }")]
    public void An_assets_file_of_any_other_JSON_shape_is_SDB1014_never_an_exception(string json)
    {
        using var temp = new TempDirectory();
        var assets = temp.Write("obj/project.assets.json", json);

        var generated = Generated.For(Facts.Web() with { ProjectAssetsFile = assets });

        var warning = Assert.Single(generated.Result.Diagnostics);
        Assert.Equal("SDB1014", warning.Code);
        Assert.Equal(assets, warning.File);
    }

    [Fact]
    public void Parts_of_an_unexpected_shape_inside_the_sections_are_skipped()
    {
        using var temp = new TempDirectory();
        var assets = temp.Write("obj/project.assets.json", """
            { "targets": { "net10.0": { "A/1.0.0": [], "B/1.0.0": { "type": 7, "native": [], "runtimeTargets": { "x": 1 } } }, "other": 3 },
              "libraries": { "L/1.0.0": { "type": "project", "path": 5 }, "M/1.0.0": null },
              "packageFolders": { "/nowhere": {} } }
            """);

        var read = ProjectAssetsReader.Read(assets, out var error);

        Assert.Null(error);
        Assert.Empty(read!.ProjectPaths);
        Assert.Empty(read.ForPlatform("net10.0", null, "x64", musl: false).NativeLibraries);
    }
}
