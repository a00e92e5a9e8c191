using Slim.Docker.Build.Context;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Explaining;
using Slim.Docker.Build.FrontEnds;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Model;
using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Planning;

/// <summary>The model of Node.js in the build stage: the node stage's image and the front ends' installs.</summary>
internal static class FrontEndStages
{
    /// <summary>The CA bundle of Ubuntu's, Debian's and Alpine's ca-certificates package, which the SDK images carry.</summary>
    public const string CaCertificates = "/etc/ssl/certs/ca-certificates.crt";

    /// <summary>The model, or null (with error SDB1036) when a file to copy cannot be named in a COPY.</summary>
    public static NodeModel? Node(FrontEndPlan plan, BuildContextLayout layout, ImageSelection images, DockerfileSettings dockerfile, DiagnosticBag diagnostics)
    {
        string Relative(string path) => PathUtilities.RelativeDockerPath(layout.ContextDirectory, path);

        var installs = plan.Installs
            .Select(i => new FrontEndInstallModel(
                Relative(i.Folder),
                i.Files.Select(Relative).ToArray(),
                Relative(i.Folder) is { Length: > 0 } folder ? folder + "/" : "./",
                i.Command))
            .ToArray();

        var unwritable = installs.SelectMany(i => i.Files).Where(f => f.Any(BuildContextResolver.IsUnwritable)).ToList();
        if (unwritable.Count > 0)
        {
            diagnostics.Error(
                DiagnosticCodes.UnwritablePath,
                $"The restore layer must copy {string.Join(", ", unwritable.Select(p => $"'{ValueRules.Visible(p)}'"))}, but COPY reads '*', '?' and '[' as " +
                "wildcards, and a line break or other control character cannot be written in a Dockerfile. Rename the folder.");
            return null;
        }

        return new NodeModel
        {
            Image = plan.NodeImage.ToString(),
            Major = plan.Version.Major,
            CaCertificates = CaCertificates,
            Installs = installs,
            Why = FrontEndExplainer.Node(plan, path => Relative(path) is { Length: > 0 } r ? r : ".", images.BuildCrossTargets),
            InstallWhy = FrontEndExplainer.Install(plan, dockerfile.CacheMounts),
        };
    }
}
