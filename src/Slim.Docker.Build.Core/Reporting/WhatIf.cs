using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Reporting;

/// <summary>
/// A smaller choice the app allows, for the size report: the change (<c>InvariantGlobalization=true</c>), the base image
/// it leads to, what it adds on top of that base (a trimmed runtime, a native executable: an estimate in MB), whether
/// the packages layer and the app layer stay, and the condition under which the app allows it.
/// </summary>
public sealed record WhatIf(string Change, string Image, ImageSize BaseSize, double AddedMegabytes, bool KeepsPackages, bool KeepsApp, string Condition);
