using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Output;

/// <summary>
/// The files of one generation, written (or checked) together. Two of them that lead to one file on disk
/// (a path, a symbolic link, a folder link) would silently overwrite each other, so that is an error before
/// any of them is touched, in check mode as well.
/// </summary>
public static class GeneratedFileSet
{
    // Linux file systems tell 'Dockerfile' from 'dockerfile'; the default ones of Windows and macOS do not.
    private static readonly StringComparer PathComparer =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <param name="files">The files, in the order to write them.</param>
    /// <param name="overwriteUserFiles">The user's consent (SlimDockerfileOverwrite=true) to replace their files.</param>
    /// <param name="diagnostics">Receives what <see cref="GeneratedFileWriter.Write"/> reports, or the collision.</param>
    public static IReadOnlyList<WriteResult> Write(IReadOnlyList<GeneratedFile> files, bool overwriteUserFiles, DiagnosticBag diagnostics) =>
        AreDistinct(files, diagnostics)
            ? files.Select(f => GeneratedFileWriter.Write(f.Path, f.Content, overwriteUserFiles, diagnostics)).ToList()
            : NoneWritten(files);

    /// <summary>Check mode: <see cref="GeneratedFileChecker.Check"/> for each file, after the same collision check.</summary>
    public static IReadOnlyList<WriteResult> Check(IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics) =>
        AreDistinct(files, diagnostics)
            ? files.Select(f => GeneratedFileChecker.Check(f.Path, f.Content, diagnostics)).ToList()
            : NoneWritten(files);

    private static bool AreDistinct(IReadOnlyList<GeneratedFile> files, DiagnosticBag diagnostics)
    {
        var claimed = new Dictionary<string, GeneratedFile>(PathComparer);
        var distinct = true;
        foreach (var file in files)
        {
            var real = RealPath(file.Path);
            if (!claimed.TryAdd(real, file))
            {
                distinct = false;
                diagnostics.Add(Diagnostic.Error(
                    DiagnosticCodes.OutputsAreOneFile,
                    $"'{claimed[real].Path}' and '{file.Path}' are the same file on disk ('{real}'), so one generated file would overwrite " +
                    "the other. Nothing was written. Point SlimDockerfileOutputPath (the Dockerfile's path, relative to the project folder) " +
                    "at another file, or remove the symbolic link that joins them.",
                    file.Path));
            }
        }

        return distinct;
    }

    private static string RealPath(string path)
    {
        try
        {
            return ResolvedPath.Of(path).Real;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A link that cannot be read: compare the path as written; writing it reports the problem itself.
            return Path.GetFullPath(path);
        }
    }

    private static List<WriteResult> NoneWritten(IReadOnlyList<GeneratedFile> files) =>
        files.Select(f => new WriteResult(WriteOutcome.Failed, f.Path)).ToList();
}
