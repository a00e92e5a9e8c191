using System.Security.Cryptography;
using System.Text;

namespace Slim.Docker.Build.Output;

/// <summary>
/// Replaces a file's content all at once: a temporary file in the same folder, then rename(2) over the file, so
/// readers see the old file or the new one, never half of one. The replaced file's permission bits are kept.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="path">A real path (see <see cref="ResolvedPath"/>): the rename replaces exactly this file.</param>
    /// <param name="content">The text, written as UTF-8 without a byte order mark.</param>
    public static void Write(string path, string content)
    {
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var mode = ExistingMode(path);

        // Short and independent of the file's name: a name near NAME_MAX (255 bytes) must still get a temporary one.
        var temporary = Path.Combine(directory, $".sdb-{RandomNumberGenerator.GetHexString(12, lowercase: true)}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8NoBom.GetBytes(content));
                stream.Flush(flushToDisk: true);
            }

            // The user chose these bits (read-only, group-writable, ...); a new file would get the umask's instead.
            // chmod on our own temporary file is allowed even when the bits make it read-only.
            if (mode is { } kept && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, kept);
            }

            // rename(2) needs only the folder's permission, so a read-only file is replaced as well as any other.
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static UnixFileMode? ExistingMode(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(path))
        {
            return null;
        }

        return File.GetUnixFileMode(path);
    }
}
