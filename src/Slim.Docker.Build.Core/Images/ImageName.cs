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

    /// <summary>Lower-cases the assembly name and replaces what a repository name cannot hold, like the SDK does.</summary>
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
