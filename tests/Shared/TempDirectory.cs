namespace Slim.Docker.Build.Testing;

/// <summary>A folder under the system temp folder, deleted on dispose, with helpers to lay out files.</summary>
public sealed class TempDirectory : IDisposable
{
    public string Path { get; }

    /// <param name="prefix">The folder name's prefix.</param>
    /// <param name="root">Where to create it; the system temp folder by default.</param>
    public TempDirectory(string prefix = "sdb", string? root = null)
    {
        Path = System.IO.Path.Combine(root ?? System.IO.Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    public string Write(string relative, string content)
    {
        var full = this[relative];
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
