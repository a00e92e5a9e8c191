using System.Reflection;

namespace Slim.Docker.Build.Tests;

/// <summary>Real native libraries from NuGet packages the test project downloads (PackageDownload), and assets files naming them.</summary>
internal static class NativePackages
{
    public static readonly string Root = typeof(NativePackages).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "NuGetPackageRoot").Value!;

    public const string SkiaId = "SkiaSharp.NativeAssets.Linux";
    public const string SkiaVersion = "3.119.0";
    public const string SqliteId = "SQLitePCLRaw.lib.e_sqlite3";
    public const string SqliteVersion = "2.1.11";

    public static string File(string id, string version, string rid, string name) =>
        Path.Combine(Root, id.ToLowerInvariant(), version, "runtimes", rid, "native", name);

    public static string Skia(string rid = "linux-x64") => File(SkiaId, SkiaVersion, rid, "libSkiaSharp.so");

    public static string Sqlite(string rid = "linux-x64") => File(SqliteId, SqliteVersion, rid, "libe_sqlite3.so");

    /// <summary>
    /// A portable (no RID) project.assets.json whose packages ship <paramref name="natives"/> per RID, resolved
    /// against the real NuGet packages folder; <paramref name="managed"/> are packages without native assets.
    /// </summary>
    public static string AssetsFile(string directory, (string Id, string Version, string FileName)[] natives, params string[] managed)
    {
        string[] rids = ["linux-x64", "linux-arm64", "linux-musl-x64"];
        var targets = natives.Select(n => $$"""
            "{{n.Id}}/{{n.Version}}": { "type": "package", "runtimeTargets": { {{string.Join(", ", rids.Select(r => $$"""
            "runtimes/{{r}}/native/{{n.FileName}}": { "assetType": "native", "rid": "{{r}}" }
            """))}} } }
            """).Concat(managed.Select(m => $$"""
            "{{m}}/1.0.0": { "type": "package", "compile": { "lib/net8.0/{{m}}.dll": {} } }
            """));
        var libraries = natives.Select(n => $$"""
            "{{n.Id}}/{{n.Version}}": { "type": "package", "path": "{{n.Id.ToLowerInvariant()}}/{{n.Version}}" }
            """).Concat(managed.Select(m => $$"""
            "{{m}}/1.0.0": { "type": "package", "path": "{{m.ToLowerInvariant()}}/1.0.0" }
            """));
        var path = Path.Combine(directory, "project.assets.json");
        System.IO.File.WriteAllText(path, $$"""
            {
              "version": 3,
              "targets": { "net10.0": { {{string.Join(",\n", targets)}} } },
              "libraries": { {{string.Join(",\n", libraries)}} },
              "packageFolders": { "{{Root.Replace("\\", "\\\\", StringComparison.Ordinal)}}": {} }
            }
            """);
        return path;
    }
}
