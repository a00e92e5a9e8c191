namespace Slim.Docker.Build.Reporting;

/// <summary>One layer of the publish output, measured: how many files, their bytes, and the bytes of the gzip of their tar stream.</summary>
public sealed record LayerSize(int Files, long Bytes, long CompressedBytes)
{
    public static readonly LayerSize Empty = new(0, 0, 0);
}
