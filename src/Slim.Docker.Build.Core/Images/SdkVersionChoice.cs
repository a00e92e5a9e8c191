using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Images;

/// <summary>The .NET version of the build stage's SDK image, and why it is not the app's own.</summary>
/// <param name="Version">The image's major.minor.</param>
/// <param name="Explanation">Comment lines above FROM when the SDK is newer than the app's framework; empty otherwise.</param>
/// <param name="PinnedSdkVersion">
/// The exact SDK version global.json pins (rollForward patch, latestPatch or disable) when the floating major.minor tag
/// may carry a newer feature band the dotnet host would refuse; null when the floating tag satisfies global.json.
/// </param>
public sealed record SdkVersionChoice(DotNetVersion Version, IReadOnlyList<string> Explanation, string? PinnedSdkVersion);
