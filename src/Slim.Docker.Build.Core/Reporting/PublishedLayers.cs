using System.Formats.Tar;
using System.IO.Compression;
using System.IO.Enumeration;

namespace Slim.Docker.Build.Reporting;

/// <summary>
/// The publish folder measured the way the image will hold it: the package files and the app's files as two layers (one
/// when the output is not split), each compressed as a registry stores a layer (gzip of a tar stream), and the symbol
/// files the final image leaves out, only counted.
/// </summary>
public sealed record PublishedLayers(LayerSize Packages, LayerSize App, LayerSize Symbols)
{
    /// <param name="publishDirectory">The publish folder.</param>
    /// <param name="packageFiles">Paths relative to it of the files NuGet resolved from packages (NuGetPackageId); ignored when not split.</param>
    /// <param name="split">Whether the Dockerfile copies packages and app as two layers.</param>
    /// <param name="symbolPatterns">Names of symbol files the final image leaves out (<c>*.dbg</c>).</param>
    public static PublishedLayers Measure(string publishDirectory, IReadOnlyCollection<string> packageFiles, bool split, IReadOnlyList<string> symbolPatterns)
    {
        var packages = new HashSet<string>(packageFiles.Select(Normalize), StringComparer.Ordinal);
        List<(string Path, string Name)> packageLayer = [], appLayer = [], symbols = [];
        foreach (var path in Directory.EnumerateFiles(publishDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Normalize(Path.GetRelativePath(publishDirectory, path));
            var file = Path.GetFileName(path);
            (symbolPatterns.Any(p => FileSystemName.MatchesSimpleExpression(p, file, ignoreCase: false)) ? symbols
                : split && packages.Contains(name) ? packageLayer
                : appLayer).Add((path, name));
        }

        return new PublishedLayers(Compress(packageLayer), Compress(appLayer), new LayerSize(symbols.Count, symbols.Sum(s => new FileInfo(s.Path).Length), 0));
    }

    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/');

    private static LayerSize Compress(List<(string Path, string Name)> files)
    {
        if (files.Count == 0)
        {
            return LayerSize.Empty;
        }

        // gzip at its default level, as BuildKit and docker push compress layers; only the byte count is kept.
        var counter = new CountingStream();
        using (var gzip = new GZipStream(counter, CompressionLevel.Optimal, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, name) in files)
            {
                tar.WriteEntry(path, "app/" + name);
            }
        }

        return new LayerSize(files.Count, files.Sum(f => new FileInfo(f.Path).Length), counter.Length);
    }

    /// <summary>A write-only stream that keeps only how many bytes were written to it.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
