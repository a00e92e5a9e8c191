using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Needs;

/// <summary>What <see cref="NeedsPolicy"/> decided: the (possibly changed) selection and the packages the needs add.</summary>
public sealed record NeedsDecision(ImageSelection Selection, IReadOnlyList<NeedResolution> Installed, IReadOnlyList<ConditionalNeed>? NotTaken = null);
