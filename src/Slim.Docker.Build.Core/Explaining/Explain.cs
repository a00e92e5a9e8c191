using Slim.Docker.Build.Model;

namespace Slim.Docker.Build.Explaining;

/// <summary>Small helpers for the explainers: an explanation from a reason and its lines.</summary>
internal static class Explain
{
    public static Explanation Because(ExplanationReason reason, params string[] lines) => new(reason.ToString(), lines);

    /// <summary>The package manager as the comments name it.</summary>
    public static string Name(Images.PackageManager manager) => manager switch
    {
        Images.PackageManager.AptGet => "apt-get",
        Images.PackageManager.Apk => "apk",
        Images.PackageManager.Tdnf => "tdnf",
        _ => "",
    };

    /// <summary>A sentence as comment lines of at most <paramref name="width"/> characters; the ones after the first start with two blanks.</summary>
    public static string[] Wrap(string text, int width = 100)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line);
                line = "  " + word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        lines.Add(line);
        return [.. lines];
    }
}
