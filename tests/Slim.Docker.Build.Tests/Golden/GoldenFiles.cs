using System.Reflection;
using System.Text;
using Slim.Docker.Build.Output;

namespace Slim.Docker.Build.Tests.Golden;

/// <summary>
/// Compares generated text with the committed golden files under tests/Slim.Docker.Build.Tests/Golden. A difference (or
/// a missing golden file) writes the new text next to the golden file as <c>&lt;file&gt;.received</c> and fails with the
/// diff; <c>bash build/accept-golden.sh</c> renames every .received file onto its golden file.
/// </summary>
public static class GoldenFiles
{
    public const string ReceivedSuffix = ".received";
    public const string AcceptCommand = "bash build/accept-golden.sh";

    public static readonly string Directory = typeof(GoldenFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "GoldenDirectory").Value!;

    /// <summary>Compares each file of <paramref name="actual"/> (name to text) with Golden/<paramref name="scenario"/>/name.</summary>
    public static void Verify(string scenario, IReadOnlyDictionary<string, string> actual)
    {
        var failures = new StringBuilder();
        foreach (var (file, text) in actual)
        {
            var golden = Path.Combine(Directory, scenario, file);
            var received = golden + ReceivedSuffix;
            var expected = File.Exists(golden) ? File.ReadAllText(golden) : null;
            if (expected == text)
            {
                File.Delete(received);
                continue;
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(golden)!);
            File.WriteAllText(received, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            failures.Append(expected is null
                ? $"\n{scenario}/{file}: no golden file yet; the output is in {received}\n"
                : $"\n{scenario}/{file} differs from the golden file (- golden, + now); the output is in {received}\n{LineDiff.Unified(expected, text)}");
        }

        if (failures.Length > 0)
        {
            Assert.Fail($"The generated output changed. Review the differences; if they are intended, run '{AcceptCommand}' and commit the golden files.{failures}");
        }
    }
}
