using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Projects that are no app to put in a container: class libraries, test projects and projects that say they are not
/// published. A solution (or a traversal project that says so) builds them all, so there they are skipped with one
/// line each; a project asked for alone is an error, so that a test project never gets a Dockerfile whose container
/// does nothing.
/// </summary>
public static class ProjectKinds
{
    /// <summary>
    /// Why the project is skipped (the text of the informational line), or null when it is planned. Adds SDB1041 for a
    /// test project or IsPublishable=false project asked for alone; a library alone is left to SDB1007.
    /// </summary>
    public static string? SkipReason(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var notAnApp = NotAnApp(facts);
        if (notAnApp is null)
        {
            return null;
        }

        if (InMultiProjectBuild(facts))
        {
            return $"{Path.GetFileName(facts.ProjectPath)}: {notAnApp}, not an app to put in a container.";
        }

        if (!IsLibrary(facts))
        {
            diagnostics.Error(
                DiagnosticCodes.NotAnAppToContainerize,
                $"The project is {notAnApp}: a container of it would run nothing useful, so no Dockerfile is generated. Generate the Dockerfile for an " +
                "app project instead; publishing the whole solution (dotnet publish All.slnx -p:GenerateSlimDockerfile=true) skips such projects with a message.");
        }

        return null;
    }

    /// <summary>
    /// A solution build gives every project its solution properties; a traversal project (dirs.proj) cannot be told
    /// apart from a project built alone, so it says so with SlimDockerfileSkipNonApps=true.
    /// </summary>
    public static bool InMultiProjectBuild(ProjectFacts facts) =>
        facts.GlobalProperties.ContainsKey(KnownStrings.SolutionProperties.CurrentSolutionConfigurationContents)
        || facts.GlobalProperties.ContainsKey(KnownStrings.SolutionProperties.SolutionPath)
        || string.Equals(facts.Property(KnownStrings.SlimProperties.SkipNonApps).Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string? NotAnApp(ProjectFacts facts) =>
        IsTrue(facts, KnownStrings.ProjectProperties.IsTestProject) ? "a test project (IsTestProject=true)"
        : IsFalse(facts, KnownStrings.ProjectProperties.IsPublishable) ? "not publishable (IsPublishable=false)"
        : IsLibrary(facts) ? $"a class library (OutputType {(facts.OutputType.Trim().Length == 0 ? "Library" : facts.OutputType.Trim())})"
        : null;

    private static bool IsLibrary(ProjectFacts facts)
    {
        var outputType = facts.OutputType.Trim();
        return !outputType.Equals("Exe", StringComparison.OrdinalIgnoreCase) && !outputType.Equals("WinExe", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsTrue(ProjectFacts facts, string property) => facts.Property(property).Trim().Equals("true", StringComparison.OrdinalIgnoreCase);

    private static bool IsFalse(ProjectFacts facts, string property) => facts.Property(property).Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
}
