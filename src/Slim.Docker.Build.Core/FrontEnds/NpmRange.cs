using System.Globalization;
using System.Text.RegularExpressions;

namespace Slim.Docker.Build.FrontEnds;

/// <summary>
/// npm's semver ranges (package.json <c>engines</c>, <c>.nvmrc</c> versions), as far as choosing a Node.js major needs:
/// which majors have a release the range accepts. Each <c>||</c> alternative is the intersection of its comparators
/// (<c>&gt;=20</c>, <c>^22.12</c>, <c>~22.11.0</c>, <c>22.x</c>, <c>1.2.3 - 2</c>, ...), an interval of versions;
/// prerelease tags are ignored, since images carry releases.
/// </summary>
public static partial class NpmRange
{
    // A version with x-ranges: 22, 22.x, 22.11, 22.11.0, v22, *; a prerelease or build suffix is dropped.
    [GeneratedRegex(@"^[=v]*(?<major>\d+|[xX*])(?:\.(?<minor>\d+|[xX*]))?(?:\.(?<patch>\d+|[xX*]))?(?:[-+][0-9A-Za-z.+-]*)?$")]
    private static partial Regex Partial();

    [GeneratedRegex(@"^(?<op><=|>=|<|>|=|~>|~|\^)?\s*(?<version>.*)$")]
    private static partial Regex Comparator();

    // Operators stand apart from their version in some package.json files ('>= 20'): join them first.
    [GeneratedRegex(@"(<=|>=|<|>|=|~>|~|\^)\s+")]
    private static partial Regex SpacedOperator();

    [GeneratedRegex(@"\s+-\s+")]
    private static partial Regex Hyphen();

    private static readonly Version Infinity = new(int.MaxValue, 0, 0);

    /// <summary>The majors of <paramref name="candidates"/> that have a release <paramref name="range"/> accepts.</summary>
    /// <exception cref="FormatException">The range is not an npm range.</exception>
    public static IReadOnlyList<int> SatisfiableMajors(string range, IEnumerable<int> candidates)
    {
        var alternatives = range.Split("||").Select(ParseSet).ToList();
        return candidates
            .Where(major => alternatives.Any(set => set.Overlaps(new Version(major, 0, 0), new Version(major + 1, 0, 0))))
            .ToList();
    }

    private static Interval ParseSet(string text)
    {
        var set = text.Trim();
        if (set.Length == 0)
        {
            return Interval.All;
        }

        var hyphen = Hyphen().Split(set);
        if (hyphen.Length == 2)
        {
            // '1.2.3 - 2.3' is '>=1.2.3 <2.4.0': the upper end includes every version that starts like it.
            var (from, _) = ParsePartial(hyphen[0]);
            var (to, toPrecision) = ParsePartial(hyphen[1]);
            return new Interval(from, toPrecision == 0 ? Infinity : to.Next(toPrecision));
        }

        if (hyphen.Length > 2)
        {
            throw new FormatException($"'{set}' has more than one hyphen range.");
        }

        var interval = Interval.All;
        foreach (var part in SpacedOperator().Replace(set, "$1").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            interval = interval.Intersect(ParseComparator(part));
        }

        return interval;
    }

    private static Interval ParseComparator(string text)
    {
        var match = Comparator().Match(text);
        var op = match.Groups["op"].Value;
        var (version, precision) = ParsePartial(match.Groups["version"].Value);
        if (precision == 0)
        {
            // '*', 'x', '>=*': everything; '<*' and '>*' nothing.
            return op is "<" or ">" ? Interval.None : Interval.All;
        }

        var next = version.Next(precision);
        return op switch
        {
            "" or "=" => new Interval(version, next),
            ">=" => new Interval(version, Infinity),
            ">" => new Interval(next, Infinity),
            "<" => new Interval(Version.Zero, version),
            "<=" => new Interval(Version.Zero, next),
            "~" or "~>" => new Interval(version, precision == 1 ? version.Next(1) : version.Next(2)),
            "^" => new Interval(version, Caret(version, precision)),
            _ => throw new FormatException($"'{text}' has an unknown operator."),
        };
    }

    /// <summary>^ allows changes that keep the first non-zero part of the version as written.</summary>
    private static Version Caret(Version version, int precision) =>
        version.Major > 0 || precision == 1 ? version.Next(1)
        : version.Minor > 0 || precision == 2 ? version.Next(2)
        : version.Next(3);

    /// <summary>A version and how many of its parts were given (0 for '*' or 'x').</summary>
    private static (Version Version, int Precision) ParsePartial(string text)
    {
        var match = Partial().Match(text.Trim());
        if (!match.Success)
        {
            throw new FormatException($"'{text.Trim()}' is not a version.");
        }

        int? Part(string name) =>
            match.Groups[name].Success && int.TryParse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        var major = Part("major");
        var minor = major is null ? null : Part("minor");
        var patch = minor is null ? null : Part("patch");
        var precision = major is null ? 0 : minor is null ? 1 : patch is null ? 2 : 3;
        return (new Version(major ?? 0, minor ?? 0, patch ?? 0), precision);
    }

    private readonly record struct Version(int Major, int Minor, int Patch) : IComparable<Version>
    {
        public static readonly Version Zero = new(0, 0, 0);

        /// <summary>The smallest version above every version that starts like this one's first <paramref name="parts"/> parts.</summary>
        public Version Next(int parts) => parts switch
        {
            1 => new(Major + 1, 0, 0),
            2 => new(Major, Minor + 1, 0),
            _ => new(Major, Minor, Patch + 1),
        };

        public int CompareTo(Version other) =>
            Major != other.Major ? Major.CompareTo(other.Major)
            : Minor != other.Minor ? Minor.CompareTo(other.Minor)
            : Patch.CompareTo(other.Patch);
    }

    /// <summary>The versions from <see cref="From"/> (included) to <see cref="To"/> (excluded).</summary>
    private readonly record struct Interval(Version From, Version To)
    {
        public static readonly Interval All = new(Version.Zero, Infinity);

        public static readonly Interval None = new(Version.Zero, Version.Zero);

        public Interval Intersect(Interval other) =>
            new(From.CompareTo(other.From) >= 0 ? From : other.From, To.CompareTo(other.To) <= 0 ? To : other.To);

        public bool Overlaps(Version from, Version to) => Intersect(new Interval(from, to)) is var both && both.From.CompareTo(both.To) < 0;
    }
}
