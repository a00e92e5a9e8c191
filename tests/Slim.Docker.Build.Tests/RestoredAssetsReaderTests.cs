using Slim.Docker.Build.Project;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>Which native libraries the restore output says the image ships.</summary>
public class RestoredAssetsReaderTests
{
    [Theory]
    [InlineData("x64", false, "runtimes/linux-x64/native/libSkiaSharp.so")]
    [InlineData("arm64", false, "runtimes/linux-arm64/native/libSkiaSharp.so")]
    [InlineData("x64", true, "runtimes/linux-musl-x64/native/libSkiaSharp.so")]
    public void A_portable_target_gives_the_assets_of_the_images_libc_and_architecture(string architecture, bool musl, string expected)
    {
        using var temp = new TempDirectory();
        var path = NativePackages.AssetsFile(temp.Path, [(NativePackages.SkiaId, NativePackages.SkiaVersion, "libSkiaSharp.so")], "Some.Managed");

        var assets = RestoredAssetsReader.Read(path, "net10.0", rid: null, architecture, musl, out var error);

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

        var assets = RestoredAssetsReader.Read(path, "net10.0", "linux-arm64", "arm64", musl: false, out _);

        var native = Assert.Single(assets!.NativeLibraries);
        Assert.Equal(NativePackages.Sqlite("linux-arm64"), native.FullPath);
        Assert.Equal([NativePackages.SqliteId], assets.PackageIds);
    }

    [Fact]
    public void A_corrupt_file_is_an_error_not_an_exception()
    {
        using var temp = new TempDirectory();

        Assert.Null(RestoredAssetsReader.Read(temp.Write("project.assets.json", "[1, 2"), "net10.0", null, "x64", false, out var error));
        Assert.NotNull(error);
    }
}
