namespace Slim.Docker.Build.Needs;

/// <summary>What the dynamic loader reads from a shared library: its own soname and the sonames it needs.</summary>
public sealed record ElfDynamicInfo(string? Soname, IReadOnlyList<string> Needed, bool Is64Bit, ushort Machine);
