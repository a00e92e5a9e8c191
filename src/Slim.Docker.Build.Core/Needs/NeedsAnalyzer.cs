using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Needs;

/// <summary>
/// Collects the DT_NEEDED entries of every native library the app ships, minus the libraries it ships itself, plus
/// the OS libraries its managed packages load by name.
/// </summary>
public static class NeedsAnalyzer
{
    public static AppNeeds Analyze(RestoredAssets assets, bool invariant, IReadOnlyCollection<string> features)
    {
        var unreadable = new List<UnreadableLibrary>();
        var shipped = new HashSet<string>(assets.NativeLibraries.Select(a => Path.GetFileName(a.AssetPath)), StringComparer.Ordinal);
        var needed = new List<(NativeAsset Asset, ElfDynamicInfo Info)>();
        foreach (var asset in assets.NativeLibraries)
        {
            if (asset.FullPath is null)
            {
                unreadable.Add(new UnreadableLibrary(asset.Display, "not found in the NuGet package folders (restore again)"));
                continue;
            }

            var result = ElfReader.Read(asset.FullPath);
            if (result.Info is not { } info)
            {
                unreadable.Add(new UnreadableLibrary(asset.Display, result.Error ?? "unreadable"));
                continue;
            }

            if (info.Soname is { } soname)
            {
                shipped.Add(soname);
            }

            needed.Add((asset, info));
        }

        var needs = new List<NativeNeed>();
        foreach (var (asset, info) in needed)
        {
            needs.AddRange(info.Needed.Where(n => !shipped.Contains(n)).Select(n => new NativeNeed(n, asset.Display)));
        }

        var packages = new HashSet<string>(assets.PackageIds, StringComparer.OrdinalIgnoreCase);
        var conditional = new List<ConditionalNeed>();
        foreach (var need in NeedsCatalog.ManagedPackages.Where(p => packages.Contains(p.PackageId) && !(p.UnlessInvariant && invariant)))
        {
            var neededBy = $"{need.PackageId} ({need.Why})";
            if (need.Feature is { } feature && !features.Contains(feature.Name, StringComparer.OrdinalIgnoreCase))
            {
                conditional.Add(new ConditionalNeed(need.Library, need.PackageId, feature));
            }
            else
            {
                needs.Add(new NativeNeed(need.Library, neededBy));
            }
        }

        return new AppNeeds(needs.Distinct().ToList(), unreadable, conditional.Distinct().ToList());
    }
}
