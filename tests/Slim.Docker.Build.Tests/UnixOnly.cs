namespace Slim.Docker.Build.Tests;

/// <summary>The writer's tests of symbolic links and Unix file modes, which Windows cannot run as they stand.</summary>
internal static class UnixOnly
{
    public static void SkipOnWindows() =>
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes and symbolic links (creating links on Windows needs developer mode or elevation).");
}
