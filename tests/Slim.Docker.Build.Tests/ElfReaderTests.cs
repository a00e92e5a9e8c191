using Slim.Docker.Build.Images;
using Slim.Docker.Build.Needs;

namespace Slim.Docker.Build.Tests;

/// <summary>The ELF reader on real libraries from NuGet packages, and on everything that is not one.</summary>
public class ElfReaderTests
{
    [Fact]
    public void libSkiaSharp_needs_fontconfig_and_names_its_soname()
    {
        var info = ElfReader.Read(NativePackages.Skia()).Info;

        Assert.NotNull(info);
        Assert.True(info.Is64Bit);
        Assert.Equal(62, info.Machine); // EM_X86_64
        Assert.Contains("libfontconfig.so.1", info.Needed);
        Assert.Contains("libc.so.6", info.Needed);
        Assert.StartsWith("libSkiaSharp.so", info.Soname, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("linux-x64")]
    [InlineData("linux-arm64")]
    [InlineData("linux-arm")]
    public void libe_sqlite3_needs_nothing_outside_the_chiseled_image(string rid)
    {
        var info = ElfReader.Read(NativePackages.Sqlite(rid)).Info;

        Assert.NotNull(info);
        Assert.Equal(rid != "linux-arm", info.Is64Bit);
        Assert.Contains("libc.so.6", info.Needed);
        Assert.All(info.Needed, library => Assert.True(NeedsCatalog.Provides(ImageContents.Chiseled, library, hasGlobalizationData: false), library));
    }

    [Fact]
    public void Every_truncation_of_a_real_library_gives_an_error_or_a_result_never_an_exception()
    {
        var bytes = File.ReadAllBytes(NativePackages.Sqlite());
        var lengths = Enumerable.Range(0, 256).Concat(Enumerable.Range(1, 400).Select(i => i * (bytes.Length / 400)));

        foreach (var length in lengths)
        {
            var result = ElfReader.Read(bytes.AsSpan(0, Math.Min(length, bytes.Length)));
            Assert.True(result.Succeeded || result.Error is { Length: > 0 });
        }

        Assert.False(ElfReader.Read(bytes.AsSpan(0, 63)).Succeeded);
    }

    [Fact]
    public void Garbage_and_corrupted_headers_give_an_error_never_an_exception()
    {
        var random = new Random(42);
        var real = File.ReadAllBytes(NativePackages.Skia());
        for (var i = 0; i < 300; i++)
        {
            // Random bytes behind a valid ident, and a real file with random bytes written into its headers.
            var garbage = new byte[random.Next(16, 4096)];
            random.NextBytes(garbage);
            "\u007fELF\u0002\u0001"u8.CopyTo(garbage);
            _ = ElfReader.Read(garbage);

            var corrupted = (byte[])real.Clone();
            for (var j = 0; j < 8; j++)
            {
                corrupted[random.Next(0, 512)] = (byte)random.Next(256);
            }

            _ = ElfReader.Read(corrupted);
        }
    }

    [Theory]
    [InlineData(new byte[0], "not an ELF file")]
    [InlineData(new byte[] { 0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0 }, "not an ELF file")]
    [InlineData(new byte[] { 0x7f, 0x45, 0x4c, 0x46, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "not little-endian")]
    [InlineData(new byte[] { 0x7f, 0x45, 0x4c, 0x46, 9, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "unknown ELF class")]
    [InlineData(new byte[] { 0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 }, "truncated ELF header")]
    public void Files_that_are_not_little_endian_ELF_say_why(byte[] bytes, string error)
    {
        var result = ElfReader.Read(bytes);

        Assert.False(result.Succeeded);
        Assert.StartsWith(error, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error()
    {
        Assert.False(ElfReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".so")).Succeeded);
    }
}
