using System.Buffers.Binary;
using System.Text;

namespace Slim.Docker.Build.Needs;

/// <summary>
/// Reads the dynamic section of little-endian ELF files (32- and 64-bit) the way the loader does: through the
/// program headers (PT_DYNAMIC, and PT_LOAD to map DT_STRTAB's address to a file offset), so stripped section
/// headers do not matter. Every bound is checked: a truncated or foreign file gives an error, never an exception.
/// </summary>
public static class ElfReader
{
    private const uint PtLoad = 1;
    private const uint PtDynamic = 2;
    private const long DtNull = 0;
    private const long DtNeeded = 1;
    private const long DtStrtab = 5;
    private const long DtStrsz = 10;
    private const long DtSoname = 14;

    // A native library larger than this is not a shared library we should parse in a build.
    private const long MaxFileSize = 512L * 1024 * 1024;

    public static ElfReadResult Read(string path)
    {
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileSize)
            {
                return Fail($"larger than {MaxFileSize / (1024 * 1024)} MB");
            }

            return Read(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Fail(exception.Message);
        }
    }

    public static ElfReadResult Read(ReadOnlySpan<byte> file)
    {
        if (file.Length < 16 || file[0] != 0x7f || file[1] != (byte)'E' || file[2] != (byte)'L' || file[3] != (byte)'F')
        {
            return Fail("not an ELF file");
        }

        var is64 = file[4] switch { 1 => false, 2 => true, _ => (bool?)null };
        if (is64 is null)
        {
            return Fail($"unknown ELF class {file[4]}");
        }

        if (file[5] != 1)
        {
            return Fail("not little-endian (Linux .NET runs on little-endian platforms only)");
        }

        var header = new Layout(is64.Value);
        if (file.Length < header.HeaderSize)
        {
            return Fail("truncated ELF header");
        }

        var machine = U16(file, 18);
        var phoff = header.Word(file, header.Is64 ? 32 : 28);
        var phentsize = U16(file, header.Is64 ? 54 : 42);
        var phnum = U16(file, header.Is64 ? 56 : 44);
        if (phnum == 0)
        {
            return Fail("no program headers (not a shared library or executable)");
        }

        if (phentsize < header.ProgramHeaderSize || !InFile(file, phoff, (long)phentsize * phnum))
        {
            return Fail("program headers lie outside the file");
        }

        var loads = new List<(long VirtualAddress, long Offset, long Size)>();
        (long Offset, long Size)? dynamic = null;
        for (var i = 0; i < phnum; i++)
        {
            var at = (int)(phoff + ((long)i * phentsize));
            var type = U32(file, at);
            var (offset, vaddr, filesz) = header.Is64
                ? (I64(file, at + 8), I64(file, at + 16), I64(file, at + 32))
                : ((long)U32(file, at + 4), (long)U32(file, at + 8), (long)U32(file, at + 16));
            if (type == PtLoad)
            {
                loads.Add((vaddr, offset, filesz));
            }
            else if (type == PtDynamic)
            {
                dynamic = (offset, filesz);
            }
        }

        if (dynamic is not { } dyn)
        {
            return Fail("no dynamic section (a static executable or an object file)");
        }

        if (!InFile(file, dyn.Offset, dyn.Size))
        {
            return Fail("dynamic section lies outside the file (truncated?)");
        }

        var neededOffsets = new List<long>();
        long? soname = null, strtab = null, strsz = null;
        for (var at = dyn.Offset; at + header.DynamicEntrySize <= dyn.Offset + dyn.Size; at += header.DynamicEntrySize)
        {
            var tag = header.Is64 ? I64(file, (int)at) : U32(file, (int)at);
            var value = header.Is64 ? I64(file, (int)at + 8) : U32(file, (int)at + 4);
            if (tag == DtNull)
            {
                break;
            }

            switch (tag)
            {
                case DtNeeded:
                    neededOffsets.Add(value);
                    break;
                case DtSoname:
                    soname = value;
                    break;
                case DtStrtab:
                    strtab = value;
                    break;
                case DtStrsz:
                    strsz = value;
                    break;
            }
        }

        if (neededOffsets.Count == 0 && soname is null)
        {
            return new ElfReadResult(new ElfDynamicInfo(null, [], header.Is64, machine), null);
        }

        if (strtab is not { } address || ToFileOffset(loads, address) is not { } tableOffset)
        {
            return Fail("the string table (DT_STRTAB) is not in a loaded segment");
        }

        var tableSize = Math.Min(strsz ?? file.Length - tableOffset, file.Length - tableOffset);
        if (tableOffset < 0 || tableSize <= 0)
        {
            return Fail("the string table lies outside the file (truncated?)");
        }

        var table = file.Slice((int)tableOffset, (int)tableSize);
        var needed = new List<string>();
        foreach (var offset in neededOffsets)
        {
            if (ReadString(table, offset) is not { } name)
            {
                return Fail("a DT_NEEDED name lies outside the string table");
            }

            needed.Add(name);
        }

        string? sonameText = null;
        if (soname is { } sonameOffset && (sonameText = ReadString(table, sonameOffset)) is null)
        {
            return Fail("DT_SONAME lies outside the string table");
        }

        return new ElfReadResult(new ElfDynamicInfo(sonameText, needed, header.Is64, machine), null);
    }

    private static long? ToFileOffset(List<(long VirtualAddress, long Offset, long Size)> loads, long address)
    {
        foreach (var (virtualAddress, offset, size) in loads)
        {
            if (address >= virtualAddress && address - virtualAddress < size)
            {
                return offset + (address - virtualAddress);
            }
        }

        return null;
    }

    private static string? ReadString(ReadOnlySpan<byte> table, long offset)
    {
        if (offset < 0 || offset >= table.Length)
        {
            return null;
        }

        var rest = table[(int)offset..];
        var end = rest.IndexOf((byte)0);
        return end <= 0 ? null : Encoding.UTF8.GetString(rest[..end]);
    }

    private static bool InFile(ReadOnlySpan<byte> file, long offset, long size) =>
        offset >= 0 && size >= 0 && offset <= file.Length && size <= file.Length - offset;

    private static ushort U16(ReadOnlySpan<byte> file, int at) => BinaryPrimitives.ReadUInt16LittleEndian(file.Slice(at, 2));

    private static uint U32(ReadOnlySpan<byte> file, int at) => BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(at, 4));

    // Offsets and sizes above long.MaxValue cannot be in any file: negative values fail the bounds checks.
    private static long I64(ReadOnlySpan<byte> file, int at) => BinaryPrimitives.ReadInt64LittleEndian(file.Slice(at, 8));

    private static ElfReadResult Fail(string error) => new(null, error);

    /// <summary>The sizes that differ between ELFCLASS32 and ELFCLASS64.</summary>
    private readonly record struct Layout(bool Is64)
    {
        public int HeaderSize => Is64 ? 64 : 52;

        public int ProgramHeaderSize => Is64 ? 56 : 32;

        public int DynamicEntrySize => Is64 ? 16 : 8;

        public long Word(ReadOnlySpan<byte> file, int at) => Is64 ? I64(file, at) : U32(file, at);
    }
}
