using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Output;

/// <summary>
/// Check mode (SlimDockerfileCheck=true, for CI): compares what is on disk with what regeneration would leave
/// there, writing nothing. A generated file that is missing or out of date fails the build; a file the user
/// owns is left to them, so it only warns when it no longer matches the project.
/// </summary>
public static class GeneratedFileChecker
{
    public static WriteResult Check(string path, string content, DiagnosticBag diagnostics)
    {
        var stamped = GeneratedFileMarker.Stamp(content);
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.GeneratedFileOutOfDate,
                $"'{path}' does not exist, but the project generates it. Run 'dotnet build -t:GenerateSlimDockerfile' (or publish with " +
                "-p:GenerateSlimDockerfile=true) and commit the result.",
                path));
            return new WriteResult(WriteOutcome.Failed, path);
        }

        var existing = File.ReadAllText(path);
        if (existing.Replace("\r\n", "\n", StringComparison.Ordinal) == stamped)
        {
            return new WriteResult(WriteOutcome.Unchanged, path);
        }

        var diff = LineDiff.Unified(existing, stamped);
        if (GeneratedFileMarker.Inspect(existing) == FileOwnership.GeneratedUnedited)
        {
            diagnostics.Add(Diagnostic.Error(
                DiagnosticCodes.GeneratedFileOutOfDate,
                $"'{path}' is not what the project generates now. Run 'dotnet build -t:GenerateSlimDockerfile' (or publish with " +
                $"-p:GenerateSlimDockerfile=true) and commit the result. Differences (- on disk, + generated now):\n{diff}",
                path));
            return new WriteResult(WriteOutcome.Failed, path);
        }

        diagnostics.Add(Diagnostic.Warning(
            DiagnosticCodes.UserOwnedFileDiffers,
            $"'{path}' was written or edited by hand, so regeneration leaves it alone, but it no longer matches what the project " +
            $"generates. Merge what you need, or set SlimDockerfileOverwrite=true to take the generated file. Differences (- on disk, + generated now):\n{diff}",
            path));
        return new WriteResult(WriteOutcome.KeptUserFile, path);
    }
}
