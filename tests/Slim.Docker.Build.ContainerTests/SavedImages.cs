using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace Slim.Docker.Build.ContainerTests;

/// <summary>Where each searched text was found: <c>blob: path inside the layer</c>, or just the blob for configs.</summary>
public sealed record ImageSearchResult(int LayersSearched, int FilesSearched, IReadOnlyDictionary<string, IReadOnlyList<string>> FoundIn)
{
    public IReadOnlyList<string> Places(string text) => FoundIn.TryGetValue(text, out var places) ? places : [];
}

/// <summary>
/// Searches everything <c>docker save</c> writes for some images: every file of every layer (and its path),
/// the image configs with their history, the manifests. Layers may be gzip or plain tar, and the archive the
/// classic layout (<c>&lt;id&gt;/layer.tar</c>) or, with the containerd image store, an OCI layout
/// (<c>blobs/sha256/...</c>): every blob is opened by its content, not by its name, so both are covered.
/// </summary>
public static class SavedImages
{
    private const int TarMagicOffset = 257;

    public static async Task<ImageSearchResult> Search(IReadOnlyList<string> images, IReadOnlyList<string> texts)
    {
        var root = Path.Combine(Path.GetTempPath(), $"sdb-save-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        try
        {
            var archive = Path.Combine(root, "images.tar");
            var save = await DockerEngine.Docker(["save", "-o", archive, .. images], timeout: TimeSpan.FromMinutes(10));
            Assert.True(save.Succeeded, save.ToString());
            var extracted = Path.Combine(root, "extracted");
            Directory.CreateDirectory(extracted);
            await TarFile.ExtractToDirectoryAsync(archive, extracted, overwriteFiles: true);
            File.Delete(archive);

            var search = new Searcher(texts);
            foreach (var file in Directory.EnumerateFiles(extracted, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                search.Blob(file, Path.GetRelativePath(extracted, file));
            }

            return search.Result();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>One pass over the blobs for all texts, each as UTF-8 and as UTF-16 (.NET string literals in assemblies).</summary>
    private sealed class Searcher
    {
        private readonly (string Text, byte[] Bytes)[] _needles;
        private readonly Dictionary<string, SortedSet<string>> _found = new(StringComparer.Ordinal);
        private readonly int _longest;
        private int _layers;
        private int _files;

        public Searcher(IReadOnlyList<string> texts)
        {
            _needles = texts
                .SelectMany(t => new[] { (t, Encoding.UTF8.GetBytes(t)), (t, Encoding.Unicode.GetBytes(t)) })
                .ToArray();
            _longest = _needles.Max(n => n.Bytes.Length);
        }

        public ImageSearchResult Result() =>
            new(_layers, _files, _found.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value.ToList(), StringComparer.Ordinal));

        public void Blob(string path, string where)
        {
            var head = new byte[512];
            int length;
            using (var stream = File.OpenRead(path))
            {
                length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            }

            if (length >= 4 && head[0] == 0x28 && head[1] == 0xB5 && head[2] == 0x2F && head[3] == 0xFD)
            {
                Assert.Fail($"{where} is zstd-compressed, which this search cannot read: it would be a blind spot.");
            }

            if (length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
            {
                var plain = path + ".tar";
                using (var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress))
                using (var output = File.Create(plain))
                {
                    gzip.CopyTo(output);
                }

                File.Delete(path);
                Blob(plain, where);
                File.Delete(plain);
                return;
            }

            if (length >= TarMagicOffset + 5 && Encoding.ASCII.GetString(head, TarMagicOffset, 5) == "ustar")
            {
                Layer(path, where);
                return;
            }

            // An empty layer (WORKDIR of a folder that exists: 5f70bf18a086) is a tar of nothing but its zero end blocks.
            if (new FileInfo(path).Length == 1024 && File.ReadAllBytes(path).All(b => b == 0))
            {
                _layers++;
                return;
            }

            // A config (with the history), a manifest, an index: searched as it is.
            _files++;
            using var raw = File.OpenRead(path);
            SearchStream(raw, where);
        }

        private void Layer(string path, string where)
        {
            _layers++;
            using var stream = File.OpenRead(path);
            using var reader = new TarReader(stream);
            while (reader.GetNextEntry() is { } entry)
            {
                _files++;
                var place = $"{where}: {entry.Name}";
                var header = entry.Name + "\n" + entry.LinkName + "\n" +
                    (entry is PaxTarEntry pax ? string.Join("\n", pax.ExtendedAttributes.Select(a => $"{a.Key}={a.Value}")) : "");
                using (var names = new MemoryStream(Encoding.UTF8.GetBytes(header)))
                {
                    SearchStream(names, place + " (name or attributes)");
                }

                if (entry.DataStream is { } data)
                {
                    SearchStream(data, place);
                }
            }
        }

        /// <summary>Reads in chunks that overlap by the longest needle, so a match across two chunks is not missed.</summary>
        private void SearchStream(Stream stream, string where)
        {
            var buffer = new byte[(1 << 20) + _longest];
            var carried = 0;
            while (true)
            {
                var read = stream.Read(buffer, carried, buffer.Length - carried);
                if (read == 0)
                {
                    return;
                }

                var window = buffer.AsSpan(0, carried + read);
                foreach (var (text, bytes) in _needles)
                {
                    if (window.IndexOf(bytes) >= 0)
                    {
                        if (!_found.TryGetValue(text, out var places))
                        {
                            _found[text] = places = new SortedSet<string>(StringComparer.Ordinal);
                        }

                        places.Add(where);
                    }
                }

                carried = Math.Min(_longest - 1, window.Length);
                window[^carried..].CopyTo(buffer);
            }
        }
    }
}
