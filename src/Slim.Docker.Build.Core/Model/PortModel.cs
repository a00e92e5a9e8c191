namespace Slim.Docker.Build.Model;

/// <summary>An exposed port: <c>Spec</c> is <c>8080</c> or <c>53/udp</c>, as EXPOSE and <c>docker run -p</c> write it.</summary>
public sealed record PortModel(int Number, string Protocol, string Spec);
