using Slim.Docker.Build.Settings;

namespace Slim.Docker.Build.Planning;

/// <summary>
/// The final image's labels, the build arguments of the final stage that hold the values only a build knows, and the
/// <c>--build-arg</c> words the header's docker build passes for them.
/// </summary>
public sealed record LabelPlan(IReadOnlyList<ImageLabel> Labels, IReadOnlyList<BuildArgument> Arguments, IReadOnlyList<string> HeaderBuildArgs);
