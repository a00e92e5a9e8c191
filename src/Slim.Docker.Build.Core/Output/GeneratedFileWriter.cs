using System.Text;
using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Output;

/// <summary>
/// The one component that writes to the user's disk. It never replaces a file a person wrote or edited unless
/// told to, writes atomically (temporary file, then rename), and leaves unchanged files untouched.
/// </summary>
public static class GeneratedFileWriter
{
    public const string AlternativeSuffix = ".generated";

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="path">Absolute path of the file.</param>
    /// <param name="content">The generated content, LF line endings, without the checksum line.</param>
    /// <param name="overwriteUserFiles">The user's consent (SlimDockerfileOverwrite=true) to replace their file.</param>
    /// <param name="diagnostics">Receives a warning when the user's file is kept, an error when writing fails.</param>
    public static WriteResult Write(string path, string content, bool overwriteUserFiles, List<Diagnostic> diagnostics)
    {
        var stamped = GeneratedFileMarker.Stamp(content);
        try
        {
            if (!File.Exists(path))
            {
                WriteAtomically(path, stamped);
                return new WriteResult(WriteOutcome.Created, path);
            }

            var existing = File.ReadAllText(path);
            if (existing == stamped)
            {
                return new WriteResult(WriteOutcome.Unchanged, path);
            }

            var ownership = GeneratedFileMarker.Inspect(existing);
            if (ownership == FileOwnership.GeneratedUnedited)
            {
                WriteAtomically(path, stamped);
                return new WriteResult(WriteOutcome.Updated, path);
            }

            if (overwriteUserFiles)
            {
                WriteAtomically(path, stamped);
                return new WriteResult(WriteOutcome.OverwroteUserFile, path);
            }

            var alternative = path + AlternativeSuffix;
            if (!File.Exists(alternative) || File.ReadAllText(alternative) != stamped)
            {
                WriteAtomically(alternative, stamped);
            }

            var how = ownership == FileOwnership.UserWritten ? "was not written by Slim.Docker.Build" : "was edited after it was generated";
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.UserOwnedFileKept,
                $"'{path}' {how}, so it was left exactly as it is. The newly generated version is in '{alternative}': " +
                "compare the two and merge what you need, or set SlimDockerfileOverwrite=true to replace the file with the generated one.",
                path));
            return new WriteResult(WriteOutcome.KeptUserFile, path, alternative);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.CannotWriteOutput,
                $"Cannot write '{path}': {exception.Message} Check that the folder exists and is writable, or choose another place with SlimDockerfileOutputPath.",
                path));
            return new WriteResult(WriteOutcome.Failed, path);
        }
    }

    private static void WriteAtomically(string path, string content)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8NoBom.GetBytes(content);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            // rename(2) replaces the target atomically: readers see the old file or the new one, never a half.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
