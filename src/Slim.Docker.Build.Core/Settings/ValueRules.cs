using System.Text.RegularExpressions;
using Slim.Docker.Build.Diagnostics;

namespace Slim.Docker.Build.Settings;

/// <summary>Rules shared by the readers of the project's settings: names and values that must reach Docker intact.</summary>
internal static partial class ValueRules
{
    // POSIX shell variable names: what ENV and ARG can declare and a process can read back.
    [GeneratedRegex("^[a-zA-Z_][a-zA-Z0-9_]*$")]
    public static partial Regex VariableName();

    /// <summary>
    /// A value is written between double quotes on one Dockerfile line: a line break would end the instruction
    /// and Docker has no escape for it, and other control characters would not survive an editor. Tabs are fine.
    /// </summary>
    public static bool CanBeWritten(string value) => !value.Any(c => char.IsControl(c) && c != '\t');

    public static void ValueCannotBeWritten(
        DiagnosticBag diagnostics, string what, string advice = "Put the value on one line (for several lines, use several items or let the app read a file).") =>
        diagnostics.Error(
            DiagnosticCodes.ValueCannotBeWritten,
            $"{what} contains a line break or control character, which a Dockerfile instruction cannot hold. {advice}");

    /// <summary>Text for a message: control characters as \u escapes, so that a line break in a value stays visible.</summary>
    public static string Visible(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>Items with names, sorted by name (order does not matter to Docker); the last of a name wins.</summary>
    public static IReadOnlyList<NamedValue> SortedLastWins(IEnumerable<NamedValue> values) =>
        values
            .GroupBy(v => v.Name, StringComparer.Ordinal)
            .Select(g => g.Last())
            .OrderBy(v => v.Name, StringComparer.Ordinal)
            .ToList();
}
