namespace Slim.Docker.Build.Project;

public static class RuntimeIdentifierParser
{
    // Architectures Microsoft publishes .NET images for.
    private static readonly string[] ImageArchitectures = ["x64", "arm64", "arm"];

    /// <summary>
    /// Parses a portable Linux RID (<c>linux-x64</c>, <c>linux-musl-arm64</c>, ...). Distro-specific RIDs
    /// (<c>ubuntu.22.04-x64</c>) and architectures without images (<c>linux-s390x</c>) are rejected.
    /// </summary>
    public static RuntimeIdentifierProblem TryParse(string rid, out RuntimeIdentifierInfo? info)
    {
        info = null;
        var lower = rid.Trim().ToLowerInvariant();
        if (lower.StartsWith("win", StringComparison.Ordinal) || lower.StartsWith("osx", StringComparison.Ordinal)
            || lower.StartsWith("maccatalyst", StringComparison.Ordinal) || lower.StartsWith("ios", StringComparison.Ordinal)
            || lower.StartsWith("android", StringComparison.Ordinal) || lower.StartsWith("browser", StringComparison.Ordinal)
            || lower.StartsWith("wasi", StringComparison.Ordinal) || lower.StartsWith("tvos", StringComparison.Ordinal))
        {
            return RuntimeIdentifierProblem.NotLinux;
        }

        CLibrary libc;
        string architecture;
        if (lower.StartsWith("linux-musl-", StringComparison.Ordinal))
        {
            libc = CLibrary.Musl;
            architecture = lower["linux-musl-".Length..];
        }
        else if (lower.StartsWith("linux-", StringComparison.Ordinal))
        {
            libc = CLibrary.Glibc;
            architecture = lower["linux-".Length..];
        }
        else
        {
            return RuntimeIdentifierProblem.NoImages;
        }

        if (!ImageArchitectures.Contains(architecture))
        {
            return RuntimeIdentifierProblem.NoImages;
        }

        info = new RuntimeIdentifierInfo(lower, libc, architecture);
        return RuntimeIdentifierProblem.None;
    }
}
