using Slim.Docker.Build.FrontEnds;
using Slim.Docker.Build.Model;
using static Slim.Docker.Build.Explaining.Explain;
using static Slim.Docker.Build.Explaining.ExplanationReason;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words of Node.js in the build stage: why it is there, which version, and the front ends' installs.</summary>
public static class FrontEndExplainer
{
    /// <param name="plan">The front-end plan.</param>
    /// <param name="relative">A path as the comment names it (relative to the build context).</param>
    /// <param name="crossTargets">The build stage runs on the build machine's platform.</param>
    public static Explanation[] Node(FrontEndPlan plan, Func<string, string> relative, bool crossTargets) =>
    [
        Because(
            NodeForFrontEnd,
            [
                $"Node.js {plan.Version.Major}, because publish builds a JavaScript front end and the SDK image has no Node.js:",
                .. plan.Signals.Reasons.Select(r => "  " + r + "."),
            ]),
        Version(plan, relative),
        Because(
            NodeFromStage,
            "node and npm come from the node stage above, in layers of their own that change only with its tag;",
            crossTargets
                ? "like this stage, it runs on the build machine's platform, so no foreign binary is ever copied."
                : "like this stage, it runs on the target platform.",
            "node trusts the image's CA certificates too, as dotnet restore does: a certificate added here for a",
            "proxy or a private registry works for npm as well."),
    ];

    public static Explanation[] Install(FrontEndPlan plan, bool cacheMounts) =>
        plan.Installs.Count == 0 ? []
        : cacheMounts
            ? [Because(
                FrontEndInstallCacheMount,
                "The front end's packages: npm ci installs exactly the versions of package-lock.json, with npm's download",
                "cache in a BuildKit cache mount, so a rebuild downloads only new packages. Publish's own npm commands",
                "then find them in place.")]
            : [Because(
                ExplanationReason.FrontEndInstall,
                "The front end's packages: npm ci installs exactly the versions of package-lock.json. Only package.json",
                "and the lock file are copied first, so changing code never reinstalls them; the .dockerignore keeps the",
                "host's node_modules out of COPY . ., and publish's own npm commands find the packages in place.")];

    private static Explanation Version(FrontEndPlan plan, Func<string, string> relative)
    {
        if (plan.Version.Request is { } request)
        {
            var field = request.Field.Length > 0 ? $" ({request.Field})" : "";
            var exact = plan.Version.Problem is null ? "" : " as closely as it can (warning SDB1078)";
            return Because(NodeVersionRequested, $"Version: {relative(request.File)}{field} asks for '{request.Text}', which this follows{exact}.");
        }

        return Because(
            NodeVersionDefault,
            "Version: the current LTS line, as nothing in the front end asks for one (engines.node in package.json,",
            "or .nvmrc).");
    }
}
