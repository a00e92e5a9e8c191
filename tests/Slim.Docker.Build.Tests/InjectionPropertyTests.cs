using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Slim.Docker.Build.Context;
using Slim.Docker.Build.Generation;
using Slim.Docker.Build.Project;
using Slim.Docker.Build.Settings;
using Slim.Docker.Build.Testing;

namespace Slim.Docker.Build.Tests;

/// <summary>
/// Issue 4, "nothing can inject instructions", as a property: thousands of random projects, whose every value
/// favours the characters that break Dockerfiles and shells (quotes, '$', '\', blanks, '#', line breaks,
/// Unicode, leading dashes, empty and very long strings), go through the real generator with the shipped
/// templates, in folders whose names are random too. Every Dockerfile must hold exactly the planned instructions
/// and give every value back unchanged, as Docker reads it (and /bin/sh, for the RUN lines that restore and
/// publish); a value that cannot be written must be an error with its code, and nothing may be written.
/// </summary>
public class InjectionPropertyTests
{
    // Fixed so that a failure is reproducible: the message names the case and the Gen that regenerates it.
    private const int Seed = 4_2025;
    private const int Cases = 2000;

    // Cases come in groups of one shape (the same settings and item counts, other values), so that the plain
    // twin whose instructions every case must match is generated once per group.
    private const int ShapeGroup = 8;

    // Starting /bin/sh costs more than generating a Dockerfile, so only every n-th case runs its RUN lines.
    private const int ShellEvery = 16;

    // The writer flushes every file to disk (fsync), which costs milliseconds per file on a disk and nothing on
    // tmpfs: thousands of cases stay fast in /dev/shm where Linux has it.
    private static readonly string? MemoryBackedRoot = Directory.Exists("/dev/shm") ? "/dev/shm" : null;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Every_value_reads_back_unchanged_or_is_rejected_with_its_code()
    {
        var stopwatch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        int written = 0, rejected = 0, shellChecked = 0;
        var failures = new ConcurrentDictionary<int, string>();

        // Cases are independent (each has its own folder and its own seed), so they run on every core.
        Parallel.For(0, Cases, i =>
        {
            var gen = new Gen(ShapeSeed(i), Seed + i);
            var scenario = gen.Scenario();
            try
            {
                if (scenario.ExpectedError is null)
                {
                    var runShell = i % ShellEvery == 0;
                    CheckWritten(scenario, runShell);
                    Interlocked.Increment(ref written);
                    if (runShell)
                    {
                        Interlocked.Increment(ref shellChecked);
                    }
                }
                else
                {
                    CheckRejected(scenario);
                    Interlocked.Increment(ref rejected);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures[i] = $"Case {i} (new Gen({ShapeSeed(i)}, {Seed + i})): {exception.Message}\nScenario: {JsonSerializer.Serialize(scenario, Readable)}";
            }
        });

        // The first failing case, so that the report does not depend on thread timing.
        if (!failures.IsEmpty)
        {
            Assert.Fail($"{failures.Count} of {Cases} cases failed. {failures.MinBy(f => f.Key).Value}");
        }

        // The generators must keep both outcomes common, or the property proves little.
        Assert.True(written > Cases * 2 / 3, $"only {written} of {Cases} cases were written");
        Assert.True(rejected > Cases / 10, $"only {rejected} of {Cases} cases were rejected");
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{Cases} cases: {written} written ({shellChecked} run through /bin/sh), {rejected} rejected, {Twins.Count} plain twins, in {stopwatch.Elapsed.TotalSeconds:F1} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F1} s CPU)");
    }

    private const int LayoutCases = 300;

    /// <summary>
    /// Issue 8, "the build context is the repository, never more", as a property: random repositories with one or two
    /// apps, references, local feeds named in every form (relative and absolute, inside and outside the repository,
    /// under bin/ and obj/, through symbolic links to folders inside and outside) and odd folder names. Whatever the
    /// layout: an input outside the repository is SDB1038 and nothing is written; otherwise every file is written inside
    /// the repository, every COPY source and '!' rule exists in the context, and apps that share a context write the
    /// same .dockerignore in either order.
    /// </summary>
    [Fact]
    public void Every_repository_layout_keeps_the_context_inside_the_repository()
    {
        var failures = new ConcurrentDictionary<int, string>();
        int refused = 0, written = 0, shared = 0;
        Parallel.For(0, LayoutCases, i =>
        {
            var layout = new LayoutGen(Seed + 7919 + i).Layout();
            try
            {
                switch (CheckLayout(layout))
                {
                    case LayoutOutcome.Refused: Interlocked.Increment(ref refused); break;
                    case LayoutOutcome.Shared: Interlocked.Increment(ref shared); Interlocked.Increment(ref written); break;
                    default: Interlocked.Increment(ref written); break;
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failures[i] = $"Layout case {i} (new LayoutGen({Seed + 7919 + i})): {exception.Message}\nLayout: {JsonSerializer.Serialize(layout, Readable)}";
            }
        });

        if (!failures.IsEmpty)
        {
            Assert.Fail($"{failures.Count} of {LayoutCases} layouts failed. {failures.MinBy(f => f.Key).Value}");
        }

        Assert.True(refused > LayoutCases / 10, $"only {refused} of {LayoutCases} layouts were refused");
        Assert.True(written > LayoutCases / 3, $"only {written} of {LayoutCases} layouts were written");
        Assert.True(shared > LayoutCases / 10, $"only {shared} of {LayoutCases} layouts had two apps sharing a context");
    }

    private enum LayoutOutcome
    {
        Refused,
        Written,
        Shared,
    }

    private static LayoutOutcome CheckLayout(Layout layout)
    {
        // Generate in both orders, each in its own copy of the layout.
        var first = GenerateLayout(layout, reverse: false);
        var second = layout.Apps.Length > 1 ? GenerateLayout(layout, reverse: true) : null;
        try
        {
            foreach (var run in new[] { first, second }.OfType<LayoutRun>())
            {
                Assert.Equal(run.OutsideBefore, ListOutside(run));
                foreach (var (app, result) in run.Results)
                {
                    if (layout.ExpectRefused(app))
                    {
                        Assert.False(result.Succeeded, $"{app.Folder} reads an input outside the repository but was generated");
                        Assert.Equal(["SDB1038"], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct());
                        Assert.Empty(result.Files);
                        continue;
                    }

                    Assert.True(result.Succeeded, $"{app.Folder}: " + string.Join("\n", result.Diagnostics));
                    var context = ContextOf(run.Repository, app, result);
                    Assert.True(PathUtilities.IsUnder(context, run.Repository), $"context {context} is outside the repository");
                    Assert.All(result.Files, f => Assert.True(PathUtilities.IsReallyUnder(f.Path, run.Repository), $"{f.Path} was written outside the repository"));
                    var ignore = File.ReadAllLines(Path.Combine(context, ".dockerignore"));
                    foreach (var rule in ignore.Where(l => l.StartsWith('!')))
                    {
                        Assert.True(Directory.Exists(Path.Combine(context, rule[1..])), $"the rule '{rule}' names no folder of the context");
                    }

                    foreach (var source in result.Model!.Restore.Inputs.SelectMany(input => input.Files))
                    {
                        var full = Path.Combine(context, source);
                        Assert.True(File.Exists(full) || Directory.Exists(full), $"COPY source '{source}' is not in the context");
                    }
                }
            }

            var appsWritten = first.Results.Where(r => r.Result.Succeeded).ToList();
            if (second is null || appsWritten.Count < 2 || appsWritten[0].Result.Model!.Context.FromDockerfile is null)
            {
                return first.Results.All(r => !r.Result.Succeeded) ? LayoutOutcome.Refused : LayoutOutcome.Written;
            }

            var contexts = first.Results.Select(r => ContextOf(first.Repository, r.App, r.Result)).Distinct().ToList();
            if (contexts.Count != 1)
            {
                return LayoutOutcome.Written;
            }

            // One context: one .dockerignore, whichever app wrote it last.
            var relative = Path.GetRelativePath(first.Repository, contexts[0]);
            Assert.Equal(File.ReadAllText(Path.Combine(contexts[0], ".dockerignore")), File.ReadAllText(Path.Combine(second.Repository, relative, ".dockerignore")));
            Assert.All(first.Results.Skip(1), r => Assert.Contains(r.Result.Files, f => f.Path.EndsWith(".dockerignore", StringComparison.Ordinal) && f.Outcome == Slim.Docker.Build.Output.WriteOutcome.Unchanged));
            return LayoutOutcome.Shared;
        }
        finally
        {
            first.Dispose();
            second?.Dispose();
        }
    }

    private static string ContextOf(string repository, LayoutApp app, GenerationResult result) =>
        result.Model is null ? "" : Path.GetFullPath(Path.Combine(repository, app.Folder, result.Model.Context.FromDockerfile));

    private sealed record LayoutRun(TempDirectory Temp, string Repository, List<string> OutsideBefore, List<(LayoutApp App, GenerationResult Result)> Results) : IDisposable
    {
        public void Dispose() => Temp.Dispose();
    }

    /// <summary>Every file and folder of the temporary root that is not in the repository: generation must change none.</summary>
    private static List<string> ListOutside(LayoutRun run) => ListOutside(run.Temp.Path, run.Repository);

    private static List<string> ListOutside(string root, string repository) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(p => !PathUtilities.IsUnder(p, repository))
            .Order(StringComparer.Ordinal)];

    private static LayoutRun GenerateLayout(Layout layout, bool reverse)
    {
        var temp = new TempDirectory("sdb-layout", MemoryBackedRoot);
        var repository = temp["repo"];
        Directory.CreateDirectory(Path.Combine(repository, ".git"));
        Directory.CreateDirectory(temp["outside/feed"]);
        File.WriteAllText(temp["outside/feed/Outside.1.0.0.nupkg"], "x");
        temp.Write("outside/Lib/Lib.csproj", "<Project />");
        foreach (var folder in layout.Folders)
        {
            Directory.CreateDirectory(Path.Combine(repository, folder));
            File.WriteAllText(Path.Combine(repository, folder, "Some.1.0.0.nupkg"), "x");
        }

        foreach (var link in layout.Links)
        {
            var at = Path.Combine(repository, link.At);
            Directory.CreateDirectory(Path.GetDirectoryName(at)!);
            Directory.CreateSymbolicLink(at, link.ToOutside ? temp["outside/feed"] : Path.Combine(repository, link.Target));
        }

        foreach (var config in layout.Configs)
        {
            var sources = string.Join("\n", config.Feeds.Select((f, n) => $"<add key=\"f{n}\" value=\"{Escape(f.Value(temp.Path))}\" />"));
            var path = Path.Combine(repository, config.Folder, "nuget.config");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"<configuration><packageSources>{sources}</packageSources></configuration>");
        }

        var outsideBefore = ListOutside(temp.Path, repository);
        var results = new List<(LayoutApp, GenerationResult)>();
        foreach (var app in reverse ? layout.Apps.Reverse() : layout.Apps)
        {
            var project = temp.Write(Path.Combine("repo", app.Folder, "App.csproj"), "<Project />");
            string[] references = app.ReferenceOutside ? [temp["outside/Lib/Lib.csproj"]] : app.Reference is { } lib ? [temp.Write(Path.Combine("repo", lib, "Lib.csproj"), "<Project />")] : [];
            var facts = Facts.Console(projectPath: project) with { AssemblyName = "App", ProjectReferences = references };
            results.Add((app, DockerfileGenerator.Generate(new GenerationRequest
            {
                Project = facts,
                ShippedTemplatesDirectory = Generated.ShippedTemplates,
                ToolVersion = "1.0.0",
            })));
        }

        return new LayoutRun(temp, repository, outsideBefore, reverse ? [.. results.AsEnumerable().Reverse()] : results);
    }

    private static string Escape(string value) => System.Security.SecurityElement.Escape(value);

    internal sealed record LayoutApp(string Folder, string? Reference, bool ReferenceOutside);

    internal sealed record LayoutLink(string At, string Target, bool ToOutside);

    /// <param name="Kind">How the feed is named and where it is.</param>
    /// <param name="RepoPath">The feed's folder relative to the repository (empty for one outside it).</param>
    /// <param name="Written">The value as nuget.config names it when relative.</param>
    internal sealed record LayoutFeed(string Kind, string RepoPath, string Written)
    {
        /// <summary>The value written in nuget.config: relative to its folder, or absolute.</summary>
        public string Value(string root) => Kind switch
        {
            "absolute-outside" => System.IO.Path.Combine(root, "outside", "feed"),
            "absolute-inside" => System.IO.Path.Combine(root, "repo", RepoPath),
            _ => Written,
        };
    }

    internal sealed record LayoutConfig(string Folder, LayoutFeed[] Feeds);

    internal sealed record Layout(LayoutApp[] Apps, string[] Folders, LayoutLink[] Links, LayoutConfig[] Configs)
    {
        /// <summary>
        /// The app reads an input outside the repository: a reference outside, or a feed of a nuget.config it reads
        /// (one in its folder or above) that is outside or a link to outside.
        /// </summary>
        public bool ExpectRefused(LayoutApp app) =>
            app.ReferenceOutside
            || Configs.Where(c => c.Folder.Length == 0 || (app.Folder + "/").StartsWith(c.Folder + "/", StringComparison.Ordinal) || (app.Reference is { } r && (r + "/").StartsWith(c.Folder + "/", StringComparison.Ordinal)))
                .SelectMany(c => c.Feeds)
                .Any(f => f.Kind is "absolute-outside" or "relative-outside" || Links.Any(l => l.ToOutside && f.RepoPath == l.At));
    }

    /// <summary>Random repository layouts for <see cref="Every_repository_layout_keeps_the_context_inside_the_repository"/>.</summary>
    internal sealed class LayoutGen(int seed)
    {
        private static readonly string[] Names = ["src", "apps", "a b", "é", "#x", "-lead", "Api", "Worker", "lib", "x.y", "日本", "feed", "pkgs"];

        private readonly Random random = new(seed);

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private string Folder(int depth) => string.Join('/', Enumerable.Range(0, depth).Select(n => Pick(Names) + (random.Next(3) == 0 ? n.ToString(System.Globalization.CultureInfo.InvariantCulture) : "")));

        public Layout Layout()
        {
            var appCount = 1 + random.Next(2);
            var apps = new List<LayoutApp>();
            for (var n = 0; n < appCount; n++)
            {
                var folder = Folder(1 + random.Next(2)) + "/app" + n;
                var reference = random.Next(3) == 0 ? Folder(1 + random.Next(2)) + "/lib" + n : null;
                apps.Add(new LayoutApp(folder, reference, random.Next(12) == 0));
            }

            var folders = new List<string>();
            var links = new List<LayoutLink>();
            var configs = new List<LayoutConfig>();
            var configCount = random.Next(3);
            for (var n = 0; n < configCount; n++)
            {
                // At the root (every app reads it), or in an app's folder (that app reads it).
                var configFolder = random.Next(2) == 0 ? "" : Pick(apps).Folder;
                var feeds = new List<LayoutFeed>();
                for (var f = random.Next(3); f > 0; f--)
                {
                    var kind = random.Next(10) switch
                    {
                        0 => "absolute-outside",
                        1 => "relative-outside",
                        2 or 3 => "link",
                        4 => "absolute-inside",
                        _ => "relative-inside",
                    };
                    var path = Pick(["build/packages", "build/packages/bin/Release", "pkgs/obj", "feed", "a b/bin", "é/feed"]) + n + f;
                    var fromConfig = configFolder.Length == 0 ? path : string.Join('/', configFolder.Split('/').Select(_ => "..")) + "/" + path;
                    switch (kind)
                    {
                        case "relative-outside":
                            feeds.Add(new LayoutFeed(kind, "", string.Join('/', Enumerable.Repeat("..", configFolder.Split('/', StringSplitOptions.RemoveEmptyEntries).Length + 1)) + "/outside/feed"));
                            break;
                        case "link":
                            var toOutside = random.Next(2) == 0;
                            var target = "real" + n + f;
                            if (!toOutside)
                            {
                                folders.Add(target);
                            }

                            links.Add(new LayoutLink(path, target, toOutside));
                            feeds.Add(new LayoutFeed(kind, path, fromConfig));
                            break;
                        default:
                            folders.Add(path);
                            feeds.Add(new LayoutFeed(kind, path, fromConfig));
                            break;
                    }
                }

                configs.Add(new LayoutConfig(configFolder, [.. feeds]));
            }

            return new Layout([.. apps], [.. folders.Distinct()], [.. links.DistinctBy(l => l.At)], [.. configs.DistinctBy(c => c.Folder)]);
        }
    }

    private static int ShapeSeed(int caseIndex) => (Seed * 7) + (caseIndex / ShapeGroup);

    private sealed record Twin(List<string> Signature, List<string> IgnoreRules);

    private static readonly ConcurrentDictionary<string, Lazy<Twin>> Twins = new();

    /// <summary>The instructions and .dockerignore rules of the same project with plain values.</summary>
    private static Twin PlainTwin(Scenario scenario)
    {
        var plain = scenario.Plain();
        return Twins.GetOrAdd(JsonSerializer.Serialize(plain), _ => new Lazy<Twin>(() =>
        {
            using var temp = new TempDirectory("sdb-fuzz", MemoryBackedRoot);
            var output = Generate(plain, temp);
            Assert.True(output.Result.Succeeded, "The plain twin failed: " + string.Join("\n", output.Result.Diagnostics));
            return new Twin(Signature(output.Document!), IgnoreRules(output.DockerIgnore!));
        })).Value;
    }

    private static void CheckWritten(Scenario scenario, bool runShell)
    {
        using var temp = new TempDirectory("sdb-fuzz", MemoryBackedRoot);
        var generated = Generate(scenario, temp);
        Assert.True(generated.Result.Succeeded, "Generation failed: " + string.Join("\n", generated.Result.Diagnostics));
        var document = generated.Document!;

        // Parser directives (# syntax=, # escape=) would change how Docker reads the whole file.
        Assert.Empty(document.Directives);

        // The instructions are exactly those of the same project with plain values: nothing added, removed,
        // split or merged by a value.
        var twin = PlainTwin(scenario);
        Assert.Equal(twin.Signature, Signature(document));
        Assert.Equal(twin.IgnoreRules, IgnoreRules(generated.DockerIgnore!));

        var build = document.Stages()[0];
        var final = document.Stages()[^1];

        // SlimDockerfileBuildArg: ARG NAME="value" or ARG NAME, between the template's ARG TARGETARCH and its ARG SOURCE_DATE_EPOCH.
        var args = build.Where(i => i.Keyword == "ARG").Skip(1).SkipLast(1).SelectMany(DockerfileDocument.KeyValues);
        Assert.Equal(scenario.BuildArgs.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new KeyValuePair<string, string?>(a.Name, a.Value)), args);

        // The restore layer copies exactly the restore inputs, each into its own folder (with cache mounts there
        // is no restore layer, only COPY . .).
        var copies = build.Where(i => i.Keyword == "COPY" && i.Arguments != ". .").ToList();
        var sources = new List<string>();
        foreach (var copy in copies)
        {
            var destination = DockerfileDocument.CopyDestination(copy);
            foreach (var source in DockerfileDocument.CopySources(copy))
            {
                sources.Add(source);
                var folder = source.Contains('/', StringComparison.Ordinal) ? source[..(source.LastIndexOf('/') + 1)] : "./";
                Assert.Equal(folder, destination);
            }
        }

        Assert.Equal(scenario.CacheMounts ? [] : scenario.RestoreInputs().Order(StringComparer.Ordinal), sources.Order(StringComparer.Ordinal));

        var workdir = Assert.Single(final, i => i.Keyword == "WORKDIR");
        Assert.Equal(scenario.WorkingDirectory.Trim() is { Length: > 0 } w ? w : "/app", DockerfileDocument.ProcessWord(workdir.Arguments));

        var environment = final.Where(i => i.Keyword == "ENV").SelectMany(DockerfileDocument.KeyValues);
        Assert.Equal(Sorted(scenario.Environment), environment);
        var labels = final.Where(i => i.Keyword == "LABEL").SelectMany(DockerfileDocument.KeyValues);
        Assert.Equal(Sorted(scenario.Labels), labels);

        if (scenario.User.Trim().Length > 0)
        {
            Assert.Equal(scenario.User.Trim(), DockerfileDocument.ProcessWord(Assert.Single(final, i => i.Keyword == "USER").Arguments));
        }

        var assembly = scenario.AssemblyName.Trim();
        var directory = scenario.WorkingDirectory.Trim() is { Length: > 0 } d ? d.TrimEnd('/') : "/app";
        string[] command = scenario.Deployment == DeploymentKind.FrameworkDependent ? ["dotnet", $"{directory}/{assembly}.dll"] : [$"{directory}/{assembly}"];
        Assert.Equal([.. command, .. scenario.AppArgs], Assert.Single(final, i => i.Keyword == "ENTRYPOINT").JsonArguments!);
        if (scenario.DefaultArgs.Length > 0)
        {
            Assert.Equal(scenario.DefaultArgs, Assert.Single(final, i => i.Keyword == "CMD").JsonArguments!);
        }

        if (runShell)
        {
            CheckRunLines(scenario, build, temp.Path);
        }
    }

    /// <summary>
    /// Runs the build stage's dotnet commands in /bin/sh, the shell RUN uses, with a dotnet that prints its
    /// arguments: they must be the planned ones, byte for byte.
    /// </summary>
    private static void CheckRunLines(Scenario scenario, IReadOnlyList<DockerInstruction> build, string contextDirectory)
    {
        string[] properties = ["-p:GenerateSlimDockerfile=false", .. scenario.Forwarded.OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => ForwardedProperties.ToArgument(p.Name, p.Value!))];
        var configuration = scenario.Configuration.Trim() is { Length: > 0 } c ? c : "Release";
        string[] framework = scenario.FrameworkGiven ? ["-f", scenario.TargetFramework] : [];

        var calls = build.Where(i => i.Keyword == "RUN" && i.Arguments.Contains("dotnet ", StringComparison.Ordinal))
            .SelectMany(run => Shell(run.Arguments))
            .ToList();

        Assert.Equal(2, calls.Count);
        foreach (var call in calls)
        {
            // The project argument is the project, relative to the context, and never reads as an option.
            var project = call[1];
            Assert.False(project.StartsWith('-'), $"'{project}' reads as an option");
            Assert.Equal(Path.Combine(contextDirectory, scenario.ProjectRelativePath()), Path.GetFullPath(project, contextDirectory));
        }

        Assert.Equal(["restore", calls[0][1], "-a", "amd64", .. properties], calls[0]);
        // The output goes to /app, or for a working directory below a folder to a tree that holds its whole path; the
        // package files to their own folder, except for Native AOT's single file.
        var directory = scenario.WorkingDirectory.Trim() is { Length: > 0 } d ? d.TrimEnd('/') : "/app";
        var nested = directory.LastIndexOf('/') > 0;
        var output = nested ? "/layers/app" + directory : "/app";
        string[] layers = scenario.Deployment is DeploymentKind.NativeAot or DeploymentKind.NativeAot8
            ? []
            : [$"-p:SlimDockerfilePackagesLayerDir={(nested ? "/layers/packages" + directory : "/layers/packages")}"];
        Assert.Equal(["publish", calls[1][1], "--no-restore", "-c", configuration, .. framework, "-a", "amd64", "-o", output, .. properties, .. layers], calls[1]);
    }

    private static List<string[]> Shell(string runArguments)
    {
        // Values cannot hold line breaks (they are rejected), so one argument per line is unambiguous.
        const string Call = "<dotnet-call>";
        // The file moves and times around publish touch this machine's folders: here they do nothing.
        var script = "dotnet() { printf '%s\\n' '" + Call + "' \"$@\"; }; find() { :; }; mkdir() { :; }; cd() { :; }; TARGETARCH=amd64; " + runArguments;
        var start = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.StandardOutputEncoding = Encoding.UTF8;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"sh failed ({process.ExitCode}): {errors.Result}\n{runArguments}");

        var calls = new List<List<string>>();
        foreach (var line in output.Split('\n')[..^1])
        {
            if (line == Call)
            {
                calls.Add([]);
            }
            else
            {
                calls[^1].Add(line);
            }
        }

        return calls.Select(c => c.ToArray()).ToList();
    }

    private static void CheckRejected(Scenario scenario)
    {
        using var temp = new TempDirectory("sdb-fuzz", MemoryBackedRoot);
        var generated = Generate(scenario, temp);

        Assert.False(generated.Result.Succeeded, $"The invalid {scenario.Broken} was accepted:\n{generated.Text}");
        Assert.Equal([scenario.ExpectedError!], generated.Result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).Distinct());
        Assert.Empty(generated.Result.Files);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "Dockerfile*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(temp.Path, ".dockerignore*", SearchOption.AllDirectories));
    }

    private sealed record Output(GenerationResult Result, string? Text, DockerfileDocument? Document, string? DockerIgnore);

    private static Output Generate(Scenario scenario, TempDirectory temp)
    {
        Directory.CreateDirectory(temp[".git"]); // the repository root: settings files are searched up to here
        temp.Write("nuget.config", "<configuration />");
        var project = temp.Write(scenario.ProjectRelativePath(), "<Project />");
        if (scenario.WithProps)
        {
            temp.Write(Path.Combine(scenario.AppFolder, "Directory.Build.props"), "<Project />");
        }

        string[] references = scenario.LibFolder.Length > 0 ? [temp.Write(scenario.LibRelativePath(), "<Project />")] : [];

        var globals = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in scenario.Forwarded)
        {
            globals[property.Name] = property.Value!;
        }

        if (!scenario.ConfigurationFromOptions && scenario.Configuration.Length > 0)
        {
            globals["Configuration"] = scenario.Configuration;
        }

        if (scenario.FrameworkGiven)
        {
            globals["TargetFramework"] = scenario.TargetFramework;
        }

        var facts = ((scenario.Web ? Facts.Web(scenario.TargetFramework, project) : Facts.Console(scenario.TargetFramework, project)) with
        {
            AssemblyName = scenario.AssemblyName,
            ContainerRepository = scenario.Repository,
            ContainerWorkingDirectory = scenario.WorkingDirectory,
            ContainerUser = scenario.User,
            ContainerEnvironmentVariables = scenario.Environment.Select(Item).ToArray(),
            ContainerLabels = scenario.Labels.Select(Item).ToArray(),
            ContainerAppCommandArgs = scenario.AppArgs,
            ContainerDefaultArgs = scenario.DefaultArgs,
            ProjectReferences = references,
            GlobalProperties = globals,
            SelfContained = scenario.Deployment == DeploymentKind.SelfContained ? "true" : "false",
            RuntimeIdentifier = scenario.Deployment == DeploymentKind.SelfContained ? "linux-x64" : "",
            PublishAot = scenario.Deployment is DeploymentKind.NativeAot or DeploymentKind.NativeAot8 ? "true" : "",
            InvariantGlobalization = scenario.Deployment is DeploymentKind.NativeAot or DeploymentKind.NativeAot8 ? "true" : "",
        }).WithProperty("ContainerGenerateLabels", "false"); // the SDK's default labels have fixed values; LabelTests checks them
        var options = new GenerationOptions
        {
            Configuration = scenario.ConfigurationFromOptions ? scenario.Configuration : "",
            BuildArgs = scenario.BuildArgs.Select(Item).ToArray(),
            CacheMounts = scenario.CacheMounts ? "true" : "",
            CopyLink = scenario.CopyLink ? "" : "false",
        };

        var result = DockerfileGenerator.Generate(new GenerationRequest
        {
            Project = options.ApplyTo(facts),
            ShippedTemplatesDirectory = Generated.ShippedTemplates,
            ToolVersion = "1.0.0",
        });
        var dockerfile = Path.Combine(Path.GetDirectoryName(project)!, "Dockerfile");
        if (!result.Succeeded || !File.Exists(dockerfile))
        {
            return new Output(result, File.Exists(dockerfile) ? File.ReadAllText(dockerfile) : null, null, null);
        }

        var text = File.ReadAllText(dockerfile);
        return new Output(result, text, DockerfileDocument.Parse(text), File.ReadAllText(temp[".dockerignore"]));
    }

    private static ProjectItem Item(NamedText value) =>
        value.Value is null
            ? new ProjectItem(value.Name)
            : new ProjectItem(value.Name, new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Value"] = value.Value });

    private static IEnumerable<KeyValuePair<string, string?>> Sorted(IEnumerable<NamedText> values) =>
        values.OrderBy(v => v.Name, StringComparer.Ordinal).Select(v => new KeyValuePair<string, string?>(v.Name, v.Value ?? ""));

    /// <summary>Each stage's instructions as keyword and flags: what a value must never change.</summary>
    private static List<string> Signature(DockerfileDocument document) =>
        document.Stages().Select((stage, n) => $"stage {n}: " + string.Join(" | ", stage.Select(i => string.Join(' ', [i.Keyword, .. i.Flags])))).ToList();

    private static List<string> IgnoreRules(string dockerIgnore) =>
        dockerIgnore.Split('\n').Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#')).ToList();

    internal enum DeploymentKind
    {
        FrameworkDependent,
        SelfContained,
        NativeAot,
        NativeAot8,
    }

    internal sealed record NamedText(string Name, string? Value);

    /// <summary>One random project: its folders, its values, and the error one broken value must cause.</summary>
    internal sealed record Scenario
    {
        public required string AppFolder { get; init; }

        public required string ProjectFolder { get; init; }

        public required string ProjectName { get; init; }

        /// <summary>Empty: no referenced library.</summary>
        public required string LibFolder { get; init; }

        public required string LibName { get; init; }

        public required bool WithProps { get; init; }

        public required string AssemblyName { get; init; }

        public required string Repository { get; init; }

        public required string WorkingDirectory { get; init; }

        public required string User { get; init; }

        public required string Configuration { get; init; }

        public required bool ConfigurationFromOptions { get; init; }

        public required NamedText[] Environment { get; init; }

        public required NamedText[] Labels { get; init; }

        public required NamedText[] BuildArgs { get; init; }

        public required string[] AppArgs { get; init; }

        public required string[] DefaultArgs { get; init; }

        public required NamedText[] Forwarded { get; init; }

        public required bool Web { get; init; }

        public required DeploymentKind Deployment { get; init; }

        public required bool CacheMounts { get; init; }

        public required bool CopyLink { get; init; }

        public required bool FrameworkGiven { get; init; }

        /// <summary>The code the one broken value must cause; null when every value is valid.</summary>
        public string? ExpectedError { get; init; }

        public string Broken { get; init; } = "";

        /// <summary>.NET 8 for Native AOT without an -aot SDK image, whose build stage installs clang.</summary>
        public string TargetFramework => Deployment == DeploymentKind.NativeAot8 ? "net8.0" : "net10.0";

        public string ProjectRelativePath() => $"{AppFolder}/{ProjectFolder}/{ProjectName}.csproj";

        public string LibRelativePath() => $"{LibFolder}/{LibName}.csproj";

        public IEnumerable<string> RestoreInputs()
        {
            yield return "nuget.config";
            yield return ProjectRelativePath();
            if (WithProps)
            {
                yield return AppFolder + "/Directory.Build.props";
            }

            if (LibFolder.Length > 0)
            {
                yield return LibRelativePath();
            }
        }

        /// <summary>The same project with plain values: the same instructions, with nothing to escape.</summary>
        public Scenario Plain() => this with
        {
            AppFolder = "app",
            ProjectFolder = "proj",
            ProjectName = "Proj",
            LibFolder = LibFolder.Length > 0 ? "lib" : "",
            LibName = "Lib",
            AssemblyName = "App",
            Repository = Repository.Trim().Length > 0 ? "repo" : "",
            WorkingDirectory = WorkingDirectory.Trim().Length > 0 ? "/work" : "",
            User = User.Trim().Length > 0 ? "app" : "",
            Configuration = Configuration.Trim().Length > 0 ? "Release" : "",
            Environment = Environment.Select((v, n) => new NamedText($"E{n}", "v")).ToArray(),
            Labels = Labels.Select((v, n) => new NamedText($"l{n}", "v")).ToArray(),
            BuildArgs = BuildArgs.Select((v, n) => new NamedText($"A{n}", v.Value is null ? null : "v")).ToArray(),
            AppArgs = AppArgs.Select(_ => "a").ToArray(),
            DefaultArgs = DefaultArgs.Select(_ => "d").ToArray(),
            Forwarded = Forwarded.Select((v, n) => new NamedText($"P{n}", "v")).ToArray(),
            ExpectedError = null,
            Broken = "",
        };
    }

    /// <summary>Random values that favour what breaks Dockerfiles and shells.</summary>
    internal sealed class Gen(int shapeSeed, int valueSeed)
    {
        private static readonly string[] Nasty =
        [
            "'", "\"", "`", "$", "${", "$(", "\\", " ", "\t", "#", "&&", ";", "|", "&", "<", ">", "<<EOF", "(", ")",
            "{", "}", "]", "~", "!", "%", "%25", "%22", "=", ",", "-", "--", "-p:", "*", "?", "[",
            "$HOME", "${HOME}", "$(id)", "`id`", "'\\''", "\"\"", "''", " \\", "\\\"", "\\$", "\\n", "\\\\", "# not a comment",
            "\\ ", "a=b", "--link", "[\"x\"]", "EOF", "\u00a0", "\u2028", "\u2029", "\u200b", "\ufeff", "\u202e", "\u3000",
            "é", "ü", "ß", "世界", "😀", "İ", "ﬁ", "Ω",
        ];

        // What Docker reads as a parser directive when a comment line at the top starts with it.
        private static readonly string[] Directives = ["syntax=", "escape=", "escape=`", "check=skip=all", "syntax = docker/dockerfile:1 "];

        // Control characters: a Dockerfile line can hold none of them except the tab.
        private static readonly string[] Controls = ["\n", "\r", "\r\n", "\u0001", "\u001b", "\u007f", "\u0085", "\u0008", "\u000b", "\u000c"];

        private const string NameCharacters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";

        private static readonly string[] ReservedFolderNames = [".", "..", ".git", "nuget.config", "Directory.Build.props", "Dockerfile", ".dockerignore"];

        private readonly Random shape = new(shapeSeed);
        private readonly Random random = new(valueSeed);

        private bool Chance(double probability) => random.NextDouble() < probability;

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        /// <summary>Free text; with <paramref name="controls"/>, line breaks and other control characters too.</summary>
        public string Text(bool controls = false)
        {
            if (Chance(0.05))
            {
                return "";
            }

            var builder = new StringBuilder();
            var pieces = Chance(0.03) ? 200 + random.Next(400) : 1 + random.Next(8);
            if (Chance(0.15))
            {
                builder.Append(Pick(["-", "--", "-p:", "-c "]));
            }

            for (var n = 0; n < pieces; n++)
            {
                builder.Append(random.Next(10) switch
                {
                    < 5 => Pick(Nasty),
                    5 => ((char)random.Next(0x20, 0x7f)).ToString(),
                    6 when controls => Pick(Controls),
                    _ => Word(1 + random.Next(6)),
                });
            }

            if (Chance(0.15))
            {
                builder.Append('\\');
            }

            return builder.ToString();
        }

        private string Word(int length) => new([.. Enumerable.Range(0, length).Select(_ => NameCharacters[random.Next(NameCharacters.Length)])]);

        /// <summary>One control character inside <paramref name="value"/>, between other characters so that trimming keeps it.</summary>
        private string WithControl(string value) => value + "x" + Pick(Controls) + "x" + Text();

        /// <summary>At most <paramref name="bytes"/> bytes of UTF-8, without splitting a surrogate pair.</summary>
        private static string Truncate(string text, int bytes)
        {
            var (length, count) = (0, 0);
            while (length < text.Length)
            {
                var width = char.IsHighSurrogate(text[length]) ? 2 : 1;
                count += Encoding.UTF8.GetByteCount(text.AsSpan(length, width));
                if (count > bytes)
                {
                    break;
                }

                length += width;
            }

            return text[..length];
        }

        /// <summary>A file or folder name with one character COPY cannot take: still short enough for the file system.</summary>
        private string Unwritable(string name) =>
            Truncate(name, 60) + Pick(["*", "?", "[", "[1]", "x\nx", "\r", "\u001b", "\t\n", "\u0085"]);

        /// <summary>A POSIX variable name (ENV, ARG), unique thanks to its index.</summary>
        private string VariableName(int index)
        {
            var name = Pick(["", "_", "A", "z"]) + Word(random.Next(12)) + "_" + index;
            return char.IsDigit(name[0]) ? "V" + name : name;
        }

        /// <summary>A label key: reverse-DNS style, with the separators that need no quoting.</summary>
        private string LabelKey(int index)
        {
            var builder = new StringBuilder(Word(1).TrimStart('_') is { Length: > 0 } first ? first : "k");
            for (var n = random.Next(20); n > 0; n--)
            {
                builder.Append(random.Next(5) switch { 0 => '.', 1 => '/', 2 => '-', _ => NameCharacters[random.Next(NameCharacters.Length)] });
            }

            return builder.Append('.').Append(index).ToString();
        }

        /// <summary>An MSBuild property name ([A-Za-z_][A-Za-z0-9_-]*) that is forwarded and shapes nothing else.</summary>
        private string PropertyName(int index) => "P" + new string([.. Enumerable.Range(0, random.Next(12)).Select(_ => Pick("abcXYZ09_-".ToCharArray()))]) + "_" + index;

        private string User()
        {
            string Part() => Pick("abcxyz019_".ToCharArray()) + new string([.. Enumerable.Range(0, random.Next(10)).Select(_ => Pick("abcXYZ09_.-".ToCharArray()))]);
            return random.Next(4) switch
            {
                0 => random.Next(65536).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => Part() + ":" + Part(),
                _ => Part(),
            };
        }

        /// <summary>A file or folder name Linux allows: no '/', no NUL, at most 255 bytes; no control or wildcard characters.</summary>
        private string FolderName()
        {
            while (true)
            {
                var text = new string([.. (Chance(0.05) ? Pick(Directives) : "").Concat(Text()).Where(c => c is not ('/' or '\0' or '*' or '?' or '[') && !char.IsControl(c))]);
                text = Truncate(text, 200);

                if (text.Length > 0 && !ReservedFolderNames.Contains(text, StringComparer.OrdinalIgnoreCase))
                {
                    return text;
                }
            }
        }

        private string Repository()
        {
            var parts = Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Word(1 + random.Next(5)).ToLowerInvariant().Replace('_', 'x') + Pick(["", "-x", ".y", "__z", "--w"]));
            return string.Join('/', parts);
        }

        /// <summary>
        /// A project: its shape (which settings it has, how many items, how it deploys) comes from the shape seed,
        /// shared by a group of cases, and every value from the case's own seed.
        /// </summary>
        public Scenario Scenario()
        {
            bool Has(double probability) => shape.NextDouble() < probability;
            int Count(int max) => shape.Next(max + 1);

            var appFolder = FolderName();
            var libFolder = "";
            while (Has(0.6) && libFolder.Length == 0)
            {
                libFolder = FolderName() is var name && name != appFolder ? name : "";
            }

            var scenario = new Scenario
            {
                AppFolder = appFolder,
                ProjectFolder = FolderName(),
                ProjectName = FolderName(),
                LibFolder = libFolder,
                LibName = FolderName(),
                WithProps = Has(0.5),
                AssemblyName = AssemblyName(),
                Repository = Has(0.3) ? Repository() : "",
                WorkingDirectory = Has(0.6) ? Pick([" ", "", "\t"]) + "/" + Text() : "",
                User = Has(0.4) ? User() : "",
                Configuration = Has(0.5) ? Text() : "",
                ConfigurationFromOptions = Has(0.5),
                Environment = [.. Enumerable.Range(0, Count(4)).Select(n => new NamedText(VariableName(n), Text()))],
                Labels = [.. Enumerable.Range(0, Count(4)).Select(n => new NamedText(LabelKey(n), Text()))],
                BuildArgs = [.. Enumerable.Range(0, Count(3)).Select(n => new NamedText(VariableName(n), Has(0.8) ? Text() : null))],
                // Exec-form JSON can hold any character, line breaks included.
                AppArgs = [.. Enumerable.Range(0, Count(3)).Select(_ => Text(controls: true))],
                DefaultArgs = [.. Enumerable.Range(0, Count(3)).Select(_ => Text(controls: true))],
                Forwarded = [.. Enumerable.Range(0, Count(4)).Select(n => new NamedText(PropertyName(n), Text()))],
                Web = Has(0.5),
                Deployment = (DeploymentKind)shape.Next(4),
                CacheMounts = Has(0.3),
                CopyLink = Has(0.7),
                FrameworkGiven = Has(0.3),
            };

            return Chance(0.2) ? Break(scenario) : scenario;
        }

        private string AssemblyName()
        {
            var name = new string([.. Text().Where(c => c is not ('/' or '\\') && !char.IsControl(c))]).Trim();
            return name.Length > 0 ? name : "App";
        }

        /// <summary>Replaces one value with one that cannot be written, and names the error it must cause.</summary>
        private Scenario Break(Scenario s)
        {
            string[] badVariableNames = ["1A", "A-B", "A B", "A=B", "A$B", "A\"B", "A.B", "é", "A\nB", "A'B", "A\\B", "${A}"];
            string[] badLabelKeys = ["-x", "x y", "x\"y", "x=y", "$x", "x'y", ".x", "x\\y", "é", "x\ny", "x$y", "_x"];
            string[] badPropertyNames = ["1A", "A B", "A=B", "A;B", "A\"B", "-A", "A.B", "A$B", "A'B", "é", "A\nB", "A:B"];
            string[] badUsers = ["my user", "$APP_UID", "app:", "-x", "a'b", "a\"b", "a\\b", "a$b", "a\nb", "a;b", "a b:c", new string('u', 300)];
            // Still invalid after the SDK's normalization (upper case and other characters become lower case and '-').
            string[] badRepositories = ["a/", "/a", "a//b", "-a", "a-", "My App!", "_x", "a\nb/", "\"a"];
            return random.Next(16) switch
            {
                0 => s with { Environment = [.. s.Environment, new("BROKEN_VALUE", WithControl(Text()))], ExpectedError = "SDB1027", Broken = "environment value" },
                1 => s with { Labels = [.. s.Labels, new("broken.value", WithControl(Text()))], ExpectedError = "SDB1027", Broken = "label value" },
                2 => s with { BuildArgs = [.. s.BuildArgs, new("BROKEN_VALUE", WithControl(Text()))], ExpectedError = "SDB1027", Broken = "build argument value" },
                3 => s with { Forwarded = [.. s.Forwarded, new("BrokenValue", WithControl(Text()))], ExpectedError = "SDB1027", Broken = "command-line property value" },
                4 => s with { Configuration = WithControl(Text()), ExpectedError = "SDB1027", Broken = "configuration" },
                5 => s with { Environment = [.. s.Environment, new(Pick(badVariableNames), Text())], ExpectedError = "SDB1025", Broken = "environment variable name" },
                6 => s with { Labels = [.. s.Labels, new(Pick(badLabelKeys), Text())], ExpectedError = "SDB1026", Broken = "label key" },
                7 => s with { BuildArgs = [.. s.BuildArgs, new(Pick(badVariableNames), Text())], ExpectedError = "SDB1033", Broken = "build argument name" },
                8 => s with { Forwarded = [.. s.Forwarded, new(Pick(badPropertyNames), Text())], ExpectedError = "SDB1035", Broken = "command-line property name" },
                9 => s with { WorkingDirectory = Chance(0.5) ? "/" + WithControl(Text()) : Pick(["app", "./app", "C:\\app", "~/app", "$HOME/app", "\"/app\""]) + Text(), ExpectedError = "SDB1021", Broken = "working directory" },
                10 => s with { User = Pick(badUsers), ExpectedError = "SDB1022", Broken = "user" },
                11 => s with { Repository = Pick(badRepositories), ExpectedError = "SDB1015", Broken = "repository" },
                12 => s with { AssemblyName = Text() + "a" + Pick(["/", "\\", "\n", "\u0001"]) + "x", ExpectedError = "SDB1010", Broken = "assembly name" },
                13 => s with { ProjectFolder = Unwritable(s.ProjectFolder), ExpectedError = "SDB1036", Broken = "project folder name" },
                14 => s with { ProjectName = Unwritable(s.ProjectName), ExpectedError = "SDB1036", Broken = "project file name" },
                _ => s.LibFolder.Length > 0
                    ? s with { LibFolder = Unwritable(s.LibFolder), ExpectedError = "SDB1036", Broken = "library folder name" }
                    : s with { AppFolder = Unwritable(s.AppFolder), ExpectedError = "SDB1036", Broken = "app folder name" },
            };
        }
    }
}
