using NuGet.Versioning;

namespace Slim.Docker.Build.Project;

/// <summary>The major.minor of .NET a project targets; it is also the tag of Microsoft's images.</summary>
public readonly record struct DotNetVersion(int Major, int Minor) : IComparable<DotNetVersion>
{
    public static readonly DotNetVersion Net8 = new(8, 0);
    public static readonly DotNetVersion Net9 = new(9, 0);
    public static readonly DotNetVersion Net10 = new(10, 0);

    /// <summary>Parses MSBuild's TargetFrameworkVersion (<c>v10.0</c>) or a bare <c>10.0</c>.</summary>
    public static bool TryParse(string text, out DotNetVersion version)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith('v') || trimmed.StartsWith('V'))
        {
            trimmed = trimmed[1..];
        }

        if (NuGetVersion.TryParse(trimmed, out var parsed) && !parsed.IsPrerelease)
        {
            version = new DotNetVersion(parsed.Major, parsed.Minor);
            return true;
        }

        version = default;
        return false;
    }

    public int CompareTo(DotNetVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(DotNetVersion left, DotNetVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(DotNetVersion left, DotNetVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(DotNetVersion left, DotNetVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(DotNetVersion left, DotNetVersion right) => left.CompareTo(right) >= 0;

    /// <summary>The image tag prefix, e.g. <c>10.0</c>.</summary>
    public override string ToString() => $"{Major}.{Minor}";
}
