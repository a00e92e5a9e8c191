using System.Text.RegularExpressions;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Images;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// Reads the SDK's container properties and items (ContainerBaseImage, ContainerFamily, ContainerPort, ...) into
/// <see cref="ContainerSettings"/>, with a diagnostic for each value that is wrong.
/// </summary>
public static partial class ContainerSettingsReader
{
    // A Linux user or group name, or a numeric ID, optionally user:group (what USER accepts without expansion).
    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9_.-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]*)?$")]
    private static partial Regex UserPattern();

    // Label keys: reverse-DNS style (org.opencontainers.image.title), which needs no quoting anywhere.
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]*$")]
    private static partial Regex LabelKeyPattern();

    public static ContainerSettings? Read(ProjectFacts facts, AppProfile app, DiagnosticBag diagnostics)
    {
        var checkpoint = diagnostics.Checkpoint();

        var baseImage = ReadBaseImage(facts, diagnostics);
        var requestedFamily = facts.ContainerFamily.Trim();
        ImageFamily? family = null;
        string? unknownFamily = null;

        // A .NET image variant means nothing to the web server of a static site: its planner warns (SDB1071).
        if (app.Kind == AppKind.BlazorWebAssembly)
        {
            requestedFamily = "";
        }

        if (requestedFamily.Length > 0 && facts.ContainerBaseImage.Trim().Length > 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.ContainerFamilyIgnored,
                $"ContainerFamily '{requestedFamily}' is ignored because ContainerBaseImage '{facts.ContainerBaseImage.Trim()}' names the image, " +
                "as with dotnet publish -t:PublishContainer. Remove one of the two.");
        }
        else if (requestedFamily.Length > 0 && !ImageCatalog.IsKnownName(requestedFamily))
        {
            unknownFamily = ReadUnknownFamily(requestedFamily, app, diagnostics);
        }
        else if (requestedFamily.Length > 0)
        {
            family = ReadFamily(requestedFamily, app, diagnostics);
        }

        var environment = ReadNamedValues(facts.ContainerEnvironmentVariables, "ContainerEnvironmentVariable", diagnostics, IsEnvironmentName, DiagnosticCodes.InvalidEnvironmentVariableName,
            "an environment variable name must be letters, digits and '_', not starting with a digit (e.g. MY_SETTING)");
        var labels = ReadNamedValues(facts.ContainerLabels, "ContainerLabel", diagnostics, LabelKeyPattern().IsMatch, DiagnosticCodes.InvalidLabelName,
            "a label key must start with a letter or digit and contain only letters, digits, '.', '_', '-' and '/' (e.g. org.opencontainers.image.title)");
        var (ports, portSource, portInference) = PortReader.Read(facts, app, environment, diagnostics);
        var workingDirectory = ReadWorkingDirectory(facts, diagnostics);
        var entry = EntryCommandReader.Read(facts, app, workingDirectory, diagnostics);

        var settings = new ContainerSettings
        {
            BaseImage = baseImage,
            Family = family,
            UnknownFamily = unknownFamily,
            RequestedFamily = requestedFamily,
            WorkingDirectory = workingDirectory,
            User = ReadUser(facts, diagnostics),
            Ports = ports,
            PortSource = portSource,
            PortInference = portInference,
            EnvironmentVariables = environment,
            Labels = labels,
            AppCommandArgs = facts.ContainerAppCommandArgs,
            DefaultArgs = facts.ContainerDefaultArgs,
            AppCommandFromProject = facts.ItemsOf(KnownStrings.Items.ContainerAppCommand).Count > 0,
            EntrypointFromProject = facts.ItemsOf(KnownStrings.Items.ContainerEntrypoint).Count > 0,
            Entry = entry ?? new EntryCommand(AppCommandInstruction.Entrypoint, null, []),
        };

        return checkpoint.HasNewErrors ? null : settings;
    }

    private static ImageReference? ReadBaseImage(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var text = facts.ContainerBaseImage.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var reference = ImageReferenceParser.Parse(text, out var problem);
        if (reference is null)
        {
            InvalidImage(diagnostics, "ContainerBaseImage", text, problem!);
        }

        return reference;
    }

    internal static void InvalidImage(DiagnosticBag diagnostics, string property, string text, string problem) =>
        diagnostics.Error(
            DiagnosticCodes.InvalidImageReference,
            $"{property} is '{text}', which is not an image reference: {problem}. " +
            "Write it as registry/repository:tag, optionally with @sha256:<digest>, e.g. 'registry.example.com/dotnet/aspnet:10.0'.");

    /// <summary>
    /// A family the table does not know (a newer distribution, a versioned Alpine tag): the SDK accepts any, and so does
    /// this, with a warning, since nothing can be known of what the image contains. It must still be one tag word.
    /// </summary>
    private static string? ReadUnknownFamily(string requested, AppProfile app, DiagnosticBag diagnostics)
    {
        var tag = BaseImagePolicy.UnknownFamilyTag(app, requested);
        if (!ImageReferenceParser.IsValidTag(tag))
        {
            diagnostics.Error(
                DiagnosticCodes.UnknownContainerFamily,
                $"ContainerFamily '{ValueRules.Visible(requested)}' cannot be part of an image tag ('{ValueRules.Visible(tag)}'): a tag is letters, digits, " +
                $"'_', '.' and '-', at most 128 characters. Use a family Microsoft publishes, e.g. one of: {string.Join(", ", ImageCatalog.Known(BaseImagePolicy.FinalRepository(app), app.Version).Select(f => f.Name))}.");
            return null;
        }

        var repository = BaseImagePolicy.FinalRepository(app);
        var hint = Spelling.Closest(requested, ImageCatalog.Known(repository, app.Version).Select(f => f.Name)) is { } closest
            ? $"Did you mean '{closest}'? "
            : "";
        diagnostics.Warning(
            DiagnosticCodes.ContainerFamilyNotInTable,
            $"{hint}ContainerFamily '{requested}' is not a family Slim.Docker.Build knows for .NET {app.Version}, so the image is used as named " +
            $"(mcr.microsoft.com/dotnet/{repository}:{tag}), as dotnet publish -t:PublishContainer does, but nothing is known of " +
            "what it contains: whether it has ICU and time zone data, a package manager or the OS libraries the app's native packages need is not checked. " +
            "Check that the tag exists and suits the app, or update Slim.Docker.Build.");
        return requested;
    }

    private static ImageFamily? ReadFamily(string requested, AppProfile app, DiagnosticBag diagnostics)
    {
        var repository = BaseImagePolicy.FinalRepository(app);
        var family = ImageCatalog.Find(requested, repository, app.Version);
        if (family is null)
        {
            var known = string.Join(", ", ImageCatalog.Known(repository, app.Version).Select(f => f.Name));
            diagnostics.Error(
                DiagnosticCodes.UnknownContainerFamily,
                $"ContainerFamily '{requested}' is not an image family Slim.Docker.Build knows for {repository} {app.Version}. " +
                $"Use one of: {known}; or set ContainerBaseImage to the full name of any other image.");
            return null;
        }

        // Like the SDK: a chiseled family gets -extra when the app needs ICU (glibc only; Alpine has its own -extra).
        if (requested.EndsWith("-chiseled", StringComparison.Ordinal) && !app.IsMusl && !app.Invariant)
        {
            family = family with { Extra = true };
        }

        if (family.Musl != app.IsMusl && (app.IsMusl || app.HasOwnRuntime))
        {
            var rid = app.RuntimeIdentifier?.Rid ?? "linux-<arch> (from -a $TARGETARCH)";
            diagnostics.Error(
                DiagnosticCodes.ContainerFamilyDoesNotMatchRuntimeIdentifier,
                family.Musl
                    ? $"ContainerFamily '{requested}' is Alpine (musl), but the app carries its own runtime built for '{rid}' (glibc), which cannot run there. " +
                      "Set RuntimeIdentifier (or ContainerRuntimeIdentifier) to linux-musl-x64 or linux-musl-arm64, or choose a glibc family such as noble-chiseled."
                    : $"ContainerFamily '{requested}' is glibc-based, but the runtime identifier '{rid}' targets musl (Alpine). " +
                      "Choose an Alpine family (alpine, alpine-extra), or a linux- runtime identifier.");
            return null;
        }

        if (!app.Invariant && !family.HasGlobalizationData)
        {
            diagnostics.Warning(
                DiagnosticCodes.FamilyWithoutGlobalizationData,
                $"ContainerFamily '{family.Name}' has no ICU or time zone data, but InvariantGlobalization is not true: the app will run with invariant " +
                $"culture data and no time zones. Use '{family.Name}-extra' where Microsoft publishes it, or set <InvariantGlobalization>true</InvariantGlobalization>.");
        }

        return family;
    }

    private static string ReadWorkingDirectory(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var text = facts.ContainerWorkingDirectory.Trim();
        if (text.Length == 0)
        {
            return ContainerSettings.DefaultWorkingDirectory;
        }

        if (!text.StartsWith('/') || !ValueRules.CanBeWritten(text))
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidWorkingDirectory,
                $"ContainerWorkingDirectory is '{text}', but it must be an absolute Linux path on one line, e.g. '/app'. Fix it or remove it for the default '/app'.");
        }

        return text;
    }

    private static string? ReadUser(ProjectFacts facts, DiagnosticBag diagnostics)
    {
        var text = facts.ContainerUser.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (text.Length > 256 || !UserPattern().IsMatch(text))
        {
            diagnostics.Error(
                DiagnosticCodes.InvalidContainerUser,
                $"ContainerUser is '{text}', but it must be a user name or numeric ID, optionally with ':group' (e.g. 'app', '1654' or '1654:1654'), " +
                "without blanks or '$'. Fix it, or remove it to run as the image's non-root user app.");
            return null;
        }

        return text;
    }

    private static IReadOnlyList<NamedValue> ReadNamedValues(
        IReadOnlyList<ProjectItem> items,
        string itemType,
        DiagnosticBag diagnostics,
        Func<string, bool> isValidName,
        DiagnosticCode invalidName,
        string nameRule)
    {
        var values = new List<NamedValue>();
        foreach (var item in items)
        {
            var name = item.Include.Trim();
            var value = item.Get("Value") ?? "";
            if (!isValidName(name))
            {
                diagnostics.Error(
                    invalidName,
                    $"{itemType} '{name}' has an invalid name: {nameRule}.");
            }
            else if (!ValueRules.CanBeWritten(value))
            {
                ValueRules.ValueCannotBeWritten(diagnostics, $"The Value of {itemType} '{name}'");
            }
            else
            {
                values.Add(new NamedValue(name, value));
            }
        }

        return ValueRules.SortedLastWins(values);
    }

    private static bool IsEnvironmentName(string name) => ValueRules.VariableName().IsMatch(name);
}
