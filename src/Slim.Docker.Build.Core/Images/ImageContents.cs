namespace Slim.Docker.Build.Images;

/// <summary>How much of an OS a base image carries, from least to most.</summary>
public enum ImageContents
{
    /// <summary>noble-chiseled / jammy-chiseled / azurelinux distroless: libc, libstdc++, libgcc_s, OpenSSL, zlib, CA bundle.</summary>
    Chiseled,

    /// <summary>The -extra variant: chiseled plus ICU and tzdata.</summary>
    ChiseledExtra,

    /// <summary>The full image (noble, jammy, bookworm-slim): a shell, apt, the base system; anything else can be installed.</summary>
    Full,

    /// <summary>Alpine (musl): libc.musl, libstdc++, libgcc_s, OpenSSL, zlib; ICU only in -extra; apk installs the rest.</summary>
    Alpine,
}
