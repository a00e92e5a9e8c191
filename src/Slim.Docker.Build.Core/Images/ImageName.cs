using System.Text;
using System.Text.RegularExpressions;

namespace Slim.Docker.Build.Images;

/// <summary>The name the built image is tagged with: ContainerRepository, or one derived from the assembly name.</summary>
public static partial class ImageName
{
    // The OCI distribution spec's repository name grammar.
    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex RepositoryPattern();

    public static bool IsValidRepository(string name) => name.Length <= 255 && RepositoryPattern().IsMatch(name);

    /// <summary>
    /// The SDK's ContainerHelpers.NormalizeRepository: a valid name stays; otherwise, when it starts with a letter or digit,
    /// upper-case letters become lower-case and every character a repository name cannot hold becomes '-'. The result is
    /// not checked again (the SDK does not either): <c>Foo-</c> becomes <c>foo-</c>. Null when it cannot start a name.
    /// </summary>
    public static string? Normalize(string name)
    {
        if (IsValidRepository(name))
        {
            return name;
        }

        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[0]))
        {
            return null;
        }

        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '/' or '-' ? c : char.IsAsciiLetterUpper(c) ? char.ToLowerInvariant(c) : '-');
        }

        return builder.ToString();
    }

    /// <summary>A name from the assembly name that is always valid: lower-case, '-' for the rest, runs collapsed.</summary>
    public static string FromAssemblyName(string assemblyName)
    {
        var builder = new StringBuilder(assemblyName.Length);
        foreach (var c in assemblyName.ToLowerInvariant())
        {
            builder.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : '-');
        }

        var collapsed = Regex.Replace(builder.ToString(), "-{2,}", "-").Trim('-');
        return collapsed.Length == 0 ? "app" : collapsed;
    }
}
