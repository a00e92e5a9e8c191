using System.Globalization;
using System.Text.RegularExpressions;
using Slim.Docker.Build.Diagnostics;
using Slim.Docker.Build.Planning;
using Slim.Docker.Build.Project;

namespace Slim.Docker.Build.Settings;

/// <summary>
/// The exposed ports, as the SDK computes them: the ContainerPort items, and always also the ports ASP.NET Core
/// listens on (ImageBuilder.AssignPortsFromEnvironment): those of ASPNETCORE_URLS when it is set, else those of
/// ASPNETCORE_HTTP_PORTS (8080 in every .NET 8+ image) and ASPNETCORE_HTTPS_PORTS.
/// </summary>
public static partial class PortReader
{
    public const string UrlsVariable = "ASPNETCORE_URLS";
    public const string HttpPortsVariable = "ASPNETCORE_HTTP_PORTS";
    public const string HttpsPortsVariable = "ASPNETCORE_HTTPS_PORTS";

    // The SDK's aspnetPortRegex: unanchored, with a greedy host, so the last ':digits' of an entry is its port.
    [GeneratedRegex(@"(?<scheme>\w+)://(?<domain>([*+]|).+):(?<port>\d+)")]
    private static partial Regex UrlPattern();

    public static (IReadOnlyList<ContainerPort> Ports, PortSource Source, PortInference Inference) Read(
        ProjectFacts facts, AppProfile app, IReadOnlyList<NamedValue> environment, DiagnosticBag diagnostics)
    {
        var ports = new List<ContainerPort>();
        foreach (var item in facts.ContainerPorts)
        {
            var number = ParsePort(item.Include, $"ContainerPort '{item.Include}'", diagnostics);
            var type = (item.Get("Type") ?? "").Trim().ToLowerInvariant();
            if (type.Length == 0)
            {
                type = ContainerPort.Tcp;
            }
            else if (type is not (ContainerPort.Tcp or ContainerPort.Udp))
            {
                diagnostics.Error(
                    DiagnosticCodes.InvalidContainerPortType,
                    $"ContainerPort '{item.Include}' has Type '{item.Get("Type")}', but Type must be 'tcp' or 'udp' (or left out for tcp), " +
                    $"e.g. <ContainerPort Include=\"{item.Include.Trim()}\" Type=\"tcp\" />.");
                continue;
            }

            Add(ports, number, type);
        }

        var fromItems = ports.Count > 0;
        var inference = Infer(app, environment, ports, diagnostics);
        var source = fromItems ? PortSource.ContainerPort
            : inference is PortInference.Urls or PortInference.PortVariables ? PortSource.Environment
            : PortSource.Default;
        return (ports, source, inference);
    }

    /// <summary>Adds the ports ASP.NET Core listens on; says where they came from.</summary>
    private static PortInference Infer(AppProfile app, IReadOnlyList<NamedValue> environment, List<ContainerPort> ports, DiagnosticBag diagnostics)
    {
        if (environment.FirstOrDefault(v => v.Name == UrlsVariable) is { } urls)
        {
            // Set, even empty, it replaces the port variables: ASP.NET Core and the SDK both ignore them then.
            foreach (var url in urls.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var match = UrlPattern().Match(url);
                if (match.Success && int.TryParse(match.Groups["port"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 1 and <= 65535)
                {
                    Add(ports, port, ContainerPort.Tcp);
                }
                else
                {
                    diagnostics.Warning(
                        DiagnosticCodes.UrlWithoutPort,
                        $"ContainerEnvironmentVariable {UrlsVariable} has the entry '{ValueRules.Visible(url)}', which names no port from 1 to 65535, so no port is exposed for it " +
                        "(dotnet publish -t:PublishContainer skips it too). Write the port, e.g. 'http://+:8080'; separate several URLs with ';'.");
                }
            }

            return PortInference.Urls;
        }

        var variables = environment.Where(v => v.Name is HttpPortsVariable or HttpsPortsVariable).OrderBy(v => v.Name == HttpsPortsVariable).ToList();
        if (variables.Count == 0)
        {
            // Every .NET 8+ image sets ASPNETCORE_HTTP_PORTS=8080. The SDK exposes it for any app on such an image;
            // here only for web apps, since a console app listens nowhere.
            if (app.Kind != AppKind.Web)
            {
                return PortInference.None;
            }

            Add(ports, DockerfilePlanner.DefaultHttpPort, ContainerPort.Tcp);
            return PortInference.ImageDefault;
        }

        if (variables.All(v => v.Name == HttpsPortsVariable) && app.Kind == AppKind.Web)
        {
            // ASPNETCORE_HTTPS_PORTS adds to the image's ASPNETCORE_HTTP_PORTS, which still holds 8080.
            Add(ports, DockerfilePlanner.DefaultHttpPort, ContainerPort.Tcp);
        }

        foreach (var variable in variables)
        {
            foreach (var part in variable.Value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                Add(ports, ParsePort(part, $"ContainerEnvironmentVariable {variable.Name} '{variable.Value}'", diagnostics), ContainerPort.Tcp);
            }
        }

        return PortInference.PortVariables;
    }

    private static void Add(List<ContainerPort> ports, int? number, string protocol)
    {
        if (number is { } n && !ports.Contains(new ContainerPort(n, protocol)))
        {
            ports.Add(new ContainerPort(n, protocol));
        }
    }

    private static int? ParsePort(string text, string source, DiagnosticBag diagnostics)
    {
        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is >= 1 and <= 65535)
        {
            return number;
        }

        diagnostics.Error(
            DiagnosticCodes.InvalidContainerPort,
            $"{source}: '{text.Trim()}' is not a port number from 1 to 65535. Use a plain number, e.g. <ContainerPort Include=\"8080\" Type=\"tcp\" />.");
        return null;
    }
}
