using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Tasks;

/// <summary>
/// The project's targets as MSBuild evaluates them, every import included, for the front-end detection. A task sees
/// only the properties and items passed to it, and no property or item lists targets, so this evaluates the project
/// once more with the build's global properties, through the engine that runs the task: Microsoft.Build's
/// ProjectInstance, reached by reflection because the task compiles against MSBuild's Framework and Utilities
/// assemblies only (those of the .NET 8 SDK, the oldest it supports). The API it uses has been public and unchanged
/// since MSBuild 14. Properties in the ordering attributes and in Exec's Command and WorkingDirectory are expanded;
/// conditions are not evaluated (a target that may run counts).
/// </summary>
internal static partial class ProjectTargetsReader
{
    private const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance;

    public static IReadOnlyList<ProjectTarget> Read(string projectPath, IReadOnlyDictionary<string, string> globalProperties)
    {
        var engine = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Microsoft.Build")
            ?? Assembly.Load("Microsoft.Build");
        var collectionType = engine.GetType("Microsoft.Build.Evaluation.ProjectCollection", throwOnError: true)!;
        var instanceType = engine.GetType("Microsoft.Build.Execution.ProjectInstance", throwOnError: true)!;
        var globals = new Dictionary<string, string>(globalProperties, StringComparer.OrdinalIgnoreCase);

        // A collection of its own, unloaded afterwards: the build's own caches stay untouched.
        using var collection = (IDisposable)collectionType.GetConstructor([typeof(IDictionary<string, string>)])!.Invoke([globals]);
        var instance = instanceType
            .GetConstructor([typeof(string), typeof(IDictionary<string, string>), typeof(string), collectionType])!
            .Invoke([projectPath, globals, null, collection]);
        var expandString = instanceType.GetMethod("ExpandString", [typeof(string)])!;

        var targets = Get(instance, "Targets")!;
        var values = (IEnumerable)Get(targets, "Values")!;
        var result = new List<ProjectTarget>();
        foreach (var target in values)
        {
            // The project expands $(MSBuildThisFile*) to itself; within a target they mean the file that defines it.
            var file = (string?)Get(target, "FullPath") ?? projectPath;
            string Expand(string? text) =>
                string.IsNullOrEmpty(text) ? "" : (string)expandString.Invoke(instance, [ThisFile().Replace(text, m => ThisFileProperty(m.Groups[1].Value, file))])!;
            IReadOnlyList<string> Names(string? text) => Expand(text).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            var tasks = ((IEnumerable)Get(target, "Tasks")!).Cast<object>().ToList();
            result.Add(new ProjectTarget(
                (string)Get(target, "Name")!,
                Names((string?)Get(target, "DependsOnTargets")),
                Names((string?)Get(target, "BeforeTargets")),
                Names((string?)Get(target, "AfterTargets")),
                tasks.Where(t => IsTask(t, "Exec"))
                    .Select(t => new ProjectExec(Expand(Parameter(t, "Command")), Expand(Parameter(t, "WorkingDirectory"))))
                    .ToList())
            {
                CallsTargets = tasks.Where(t => IsTask(t, "CallTarget")).SelectMany(t => Names(Parameter(t, "Targets"))).ToList(),
            });
        }

        // Deterministic: the order of the engine's dictionary is not the project's.
        return result.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    [GeneratedRegex(@"\$\(\s*(MSBuildThisFile\w*)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex ThisFile();

    /// <summary>MSBuild's reserved MSBuildThisFile* properties for <paramref name="file"/>; any other name is left as it is.</summary>
    private static string ThisFileProperty(string name, string file) => name.ToLowerInvariant() switch
    {
        "msbuildthisfile" => Path.GetFileName(file),
        "msbuildthisfilename" => Path.GetFileNameWithoutExtension(file),
        "msbuildthisfileextension" => Path.GetExtension(file),
        "msbuildthisfilefullpath" => file,
        "msbuildthisfiledirectory" => Path.GetDirectoryName(file) + Path.DirectorySeparatorChar,
        "msbuildthisfiledirectorynoroot" => (Path.GetDirectoryName(file) + Path.DirectorySeparatorChar)[Path.GetPathRoot(file)!.Length..],
        _ => $"$({name})",
    };

    private static object? Get(object target, string property) => target.GetType().GetProperty(property, Public)!.GetValue(target);

    private static bool IsTask(object task, string name) => string.Equals((string?)Get(task, "Name"), name, StringComparison.OrdinalIgnoreCase);

    private static string? Parameter(object task, string name) =>
        Get(task, "Parameters") is IDictionary<string, string> parameters && parameters.TryGetValue(name, out var value) ? value : null;
}
