using Slim.Docker.Build.Model;
using static Slim.Docker.Build.Explaining.Explain;

namespace Slim.Docker.Build.Explaining;

/// <summary>The words of the debug stage: what it is for and how it stays out of a plain build.</summary>
public static class DebugStageExplainer
{
    public static Explanation[] Why(string debugImage, IReadOnlyList<string> tools) =>
    [
        Because(
            ExplanationReason.DebugImage,
            $"The same publish output on the full image {debugImage}: a shell, and",
            $"{string.Join(", ", tools)} on the PATH, for when the slim image misbehaves and has neither.",
            "The tools are framework-dependent, so even a self-contained or AOT app gets a runtime image here.",
            "BuildKit builds only the stages its target needs, and the final stage stays last: a plain docker",
            "build builds neither of these two and produces the slim image.",
            "The tools stage runs on the target platform: the tools' launchers are native."),
    ];
}
