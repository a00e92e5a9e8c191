namespace Slim.Docker.Build.Output;

/// <summary>
/// An exclusive lock between processes on one file, for read-merge-write of a file several builds share: the apps of a
/// solution publish generate in parallel MSBuild nodes, and each merges its service into one compose.yaml. .NET takes
/// an advisory lock for FileShare.None on Unix and a share lock on Windows; the lock file goes away when released.
/// </summary>
public sealed class FileLock : IDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the lock on <paramref name="path"/>; null when it did not come.</summary>
    public static FileLock? Acquire(string path, TimeSpan timeout)
    {
        var lockPath = Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }
    }

    public void Dispose() => _stream.Dispose();
}
