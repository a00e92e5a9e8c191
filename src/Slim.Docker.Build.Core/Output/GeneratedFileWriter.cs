using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Output;

/// <summary>
/// The one component that writes to the user's disk. It never replaces a file a person wrote or edited unless
/// told to, writes atomically (temporary file, then rename), and leaves unchanged files untouched. A symbolic link
/// stays a link: its final target is what gets written.
/// </summary>
public static class GeneratedFileWriter
{
    public const string AlternativeSuffix = ".generated";

    /// <param name="path">Absolute path of the file.</param>
    /// <param name="content">The generated content, LF line endings, without the checksum line.</param>
    /// <param name="overwriteUserFiles">The user's consent (SlimDockerfileOverwrite=true) to replace their file.</param>
    /// <param name="diagnostics">Receives a warning when the user's file is kept, an error when writing fails.</param>
    public static WriteResult Write(string path, string content, bool overwriteUserFiles, DiagnosticBag diagnostics)
    {
        var stamped = GeneratedFileMarker.Stamp(content);
        ResolvedPath? target = null;
        try
        {
            target = ResolvedPath.Of(path);
            if (LeadsNowhere(target, diagnostics))
            {
                return new WriteResult(WriteOutcome.Failed, path);
            }

            if (!File.Exists(target.Real))
            {
                AtomicFile.Write(target.Real, stamped);
                return new WriteResult(WriteOutcome.Created, path);
            }

            var existing = File.ReadAllText(target.Real);
            if (existing == stamped)
            {
                return new WriteResult(WriteOutcome.Unchanged, path);
            }

            var ownership = GeneratedFileMarker.Inspect(existing);
            if (ownership == FileOwnership.GeneratedUnedited)
            {
                AtomicFile.Write(target.Real, stamped);
                return new WriteResult(WriteOutcome.Updated, path);
            }

            if (overwriteUserFiles)
            {
                AtomicFile.Write(target.Real, stamped);
                return new WriteResult(WriteOutcome.OverwroteUserFile, path);
            }

            target = ResolvedPath.Of(path + AlternativeSuffix);
            return KeepUserFile(path, ownership, target, stamped, diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
        {
            var file = target?.Requested ?? path;
            var link = target is { IsLink: true } ? $" (a symbolic link to '{target.Real}')" : "";
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.CannotWriteOutput,
                $"Cannot write '{file}'{link}: {exception.Message} Check that the folder exists and is writable, or choose another place with SlimDockerfileOutputPath.",
                file));
            return new WriteResult(WriteOutcome.Failed, path);
        }
    }

    /// <summary>Leaves the user's file as it is and puts the new version in the alternative, unless that is the user's too.</summary>
    private static WriteResult KeepUserFile(string path, FileOwnership ownership, ResolvedPath alternative, string stamped, DiagnosticBag diagnostics)
    {
        var how = ownership == FileOwnership.UserWritten ? "was not written by Slim.Docker.Build" : "was edited after it was generated";
        if (LeadsNowhere(alternative, diagnostics))
        {
            return new WriteResult(WriteOutcome.KeptUserFile, path);
        }

        var current = File.Exists(alternative.Real) ? File.ReadAllText(alternative.Real) : null;
        if (current is not null && GeneratedFileMarker.Inspect(current) == FileOwnership.UserWritten)
        {
            // No checksum line: the user's own file that happens to have this name. Neither file is ours to replace.
            diagnostics.Add(Diagnostic.Warning(
                DiagnosticCodes.UserOwnedAlternativeKept,
                $"'{path}' {how}, so it was left exactly as it is, and the newly generated version was not written: '{alternative.Requested}' " +
                "was not written by Slim.Docker.Build either, so it was left alone too. Move or delete " +
                $"'{alternative.Requested}' to get the new version there, or set SlimDockerfileOverwrite=true to replace '{path}' with the " +
                $"generated file ('{alternative.Requested}' is never touched).",
                alternative.Requested));
            return new WriteResult(WriteOutcome.KeptUserFile, path);
        }

        if (current != stamped)
        {
            AtomicFile.Write(alternative.Real, stamped);
        }

        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.UserOwnedFileKept,
            $"'{path}' {how}, so it was left exactly as it is. The newly generated version is in '{alternative.Requested}': " +
            "compare the two and merge what you need, or set SlimDockerfileOverwrite=true to replace the file with the generated one.",
            path));
        return new WriteResult(WriteOutcome.KeptUserFile, path, alternative.Requested);
    }

    /// <summary>A dangling link or a loop of links: refused, since a file created at the end of a broken link could be anywhere.</summary>
    private static bool LeadsNowhere(ResolvedPath target, DiagnosticBag diagnostics)
    {
        if (!target.IsLoop && !target.IsDangling)
        {
            return false;
        }

        var why = target.IsLoop
            ? "a symbolic link in it leads back to itself (a loop of links), so it leads to no file"
            : $"it is a symbolic link to '{target.Real}', which does not exist";
        diagnostics.Add(Diagnostic.Error(
            DiagnosticCodes.OutputLinkLeadsNowhere,
            $"Cannot write '{target.Requested}': {why}. Nothing was written, and the link was left as it is. Restore the file the link " +
            "points to, or delete the link to let the file be generated in its place.",
            target.Requested));
        return true;
    }
}
