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
}
