namespace Slim.Docker.Build.Model;

/// <summary>A library the app needs (<c>libfontconfig.so.1</c>), what needs it, and the package that provides it.</summary>
public sealed record NeedModel(string Library, string NeededBy, string Package);
