namespace Contoso.Orders.Shared;

public static class Runtime
{
    /// <summary>The user ID the process runs as, read from /proc.</summary>
    public static string Uid() =>
        File.ReadLines("/proc/self/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal)).Split('\t', StringSplitOptions.RemoveEmptyEntries)[1];
}
