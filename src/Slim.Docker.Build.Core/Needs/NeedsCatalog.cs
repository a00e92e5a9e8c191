using Slim.Docker.Build.Images;

namespace Slim.Docker.Build.Needs;

/// <summary>
/// What Microsoft's .NET base images contain and which Debian/Ubuntu package provides a missing library. Small on
/// purpose: a library not listed is reported as unknown (with the fix), never guessed.
/// </summary>
public static class NeedsCatalog
{
    /// <summary>ICU is versioned per distribution (libicuuc.so.74 on noble): matched by prefix, satisfied by globalization data.</summary>
    public const string IcuLibrary = "ICU (libicuuc/libicui18n)";

    private static readonly string[] ChiseledLibraries =
    [
        // glibc (the libc6 package, as the chiseled slice ships it) and its loaders.
        "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libresolv.so.2", "libutil.so.1",
        "libanl.so.1", "libmvec.so.1", "libnss_files.so.2", "libnss_dns.so.2", "libBrokenLocale.so.1", "libthread_db.so.1",
        "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "ld-linux-armhf.so.3", "ld-linux.so.2",
        // What .NET itself needs.
        "libstdc++.so.6", "libgcc_s.so.1", "libssl.so.3", "libcrypto.so.3", "libz.so.1",
    ];

    // The base system of the full images (Ubuntu/Debian minimal plus the runtime-deps packages).
    private static readonly string[] FullOnlyLibraries =
    [
        "libcrypt.so.1", "liblzma.so.5", "libzstd.so.1", "libbz2.so.1.0", "liblz4.so.1", "libtinfo.so.6", "libselinux.so.1",
        "libpcre2-8.so.0", "libgcrypt.so.20", "libgpg-error.so.0", "libacl.so.1", "libattr.so.1", "libcap.so.2", "libcap-ng.so.0",
        "libpam.so.0", "libaudit.so.1", "libgmp.so.10", "libmd.so.0", "libblkid.so.1", "libmount.so.1", "libuuid.so.1",
        "libsystemd.so.0", "libudev.so.1", "libsmartcols.so.1", "libdebconfclient.so.0", "libsemanage.so.2", "libsepol.so.2",
    ];

    private static readonly string[] AlpineLibraries =
    [
        "libc.musl-x86_64.so.1", "libc.musl-aarch64.so.1", "libc.musl-armv7.so.1", "ld-musl-x86_64.so.1", "ld-musl-aarch64.so.1",
        "ld-musl-armhf.so.1", "libc.so", "libstdc++.so.6", "libgcc_s.so.1", "libssl.so.3", "libcrypto.so.3", "libz.so.1",
    ];

    private static readonly Dictionary<string, string> DebianPackages = new(StringComparer.Ordinal)
    {
        ["libfontconfig.so.1"] = "libfontconfig1",
        ["libfreetype.so.6"] = "libfreetype6",
        ["libgssapi_krb5.so.2"] = "libgssapi-krb5-2",
        ["libkrb5.so.3"] = "libkrb5-3",
        ["libldap-2.5.so.0"] = "libldap-2.5-0",
        ["liblber-2.5.so.0"] = "libldap-2.5-0",
        ["libldap.so.2"] = "libldap2",
        ["liblber.so.2"] = "libldap2",
        ["libexpat.so.1"] = "libexpat1",
        ["libX11.so.6"] = "libx11-6",
        ["libgdiplus.so.0"] = "libgdiplus",
        ["libunwind.so.8"] = "libunwind8",
        ["libnuma.so.1"] = "libnuma1",
    };

    /// <summary>Kerberos: only integrated authentication loads GSSAPI; SQL logins and Entra ID tokens never do.</summary>
    public static readonly OsFeature Kerberos = new("kerberos", "integrated (Kerberos/Negotiate) authentication");

    /// <summary>LDAP: only apps that query a directory load OpenLDAP.</summary>
    public static readonly OsFeature Ldap = new("ldap", "LDAP directory access");

    /// <summary>The features SlimDockerfileOsFeatures accepts.</summary>
    public static IReadOnlyList<OsFeature> OsFeatures { get; } = [Kerberos, Ldap];

    /// <summary>
    /// Packages whose managed code loads OS libraries by name; SkiaSharp needs none here: its ELF file says it. A need
    /// with a feature is conditional: most apps of the package never load the library, so it is the project's call.
    /// </summary>
    public static IReadOnlyList<ManagedPackageNeed> ManagedPackages { get; } =
    [
        new("Microsoft.Data.SqlClient", IcuLibrary, "SQL Server collations and culture-aware comparisons", UnlessInvariant: true),
        new("Microsoft.Data.SqlClient", "libgssapi_krb5.so.2", "integrated (Kerberos) authentication", Feature: Kerberos),
        new("Microsoft.AspNetCore.Authentication.Negotiate", "libgssapi_krb5.so.2", "Negotiate/Kerberos authentication", Feature: Kerberos),
        new("System.DirectoryServices.Protocols", "libldap-2.5.so.0", "LDAP (OpenLDAP's client library)", Feature: Ldap),
    ];

    /// <summary>Whether an image with <paramref name="contents"/> already has <paramref name="library"/>, without installing anything.</summary>
    public static bool Provides(ImageContents contents, string library, bool hasGlobalizationData)
    {
        if (IsIcu(library))
        {
            return hasGlobalizationData;
        }

        return contents switch
        {
            ImageContents.Alpine => AlpineLibraries.Contains(library, StringComparer.Ordinal),
            ImageContents.Full => ChiseledLibraries.Contains(library, StringComparer.Ordinal) || FullOnlyLibraries.Contains(library, StringComparer.Ordinal),
            _ => ChiseledLibraries.Contains(library, StringComparer.Ordinal),
        };
    }

    /// <summary>The Debian/Ubuntu package that installs <paramref name="library"/>, or null when this table does not know it.</summary>
    public static string? DebianPackage(string library) => DebianPackages.GetValueOrDefault(library);

    public static bool IsIcu(string library) =>
        library == IcuLibrary || library.StartsWith("libicu", StringComparison.Ordinal);

    /// <summary>
    /// The LDAP library's soname differs per distribution: Ubuntu 24.04 ships OpenLDAP 2.6 as libldap.so.2, Debian 12
    /// and Ubuntu 22.04 ship libldap-2.5.so.0. .NET tries both.
    /// </summary>
    public static string ForDistribution(string library, string distribution) =>
        library == "libldap-2.5.so.0" && distribution.StartsWith("noble", StringComparison.Ordinal) ? "libldap.so.2" : library;
}
