#!/bin/bash
# Runs inside the full runtime-deps stand-in (Debian 12) and assembles, under $1 (default /out):
#   base/      the chiseled-like root: glibc runtime libs + loader, libstdc++, libgcc_s, libssl/libcrypto,
#              zlib, the CA bundle, /etc/passwd and /etc/group (root, app 1654), /tmp (1777), /home/app
#   extra/     what -extra adds on top of base: ICU 72 (libicuuc, libicui18n, libicudata) and /usr/share/zoneinfo
#   skeleton/  the arm64 placeholder root: passwd/group, /tmp, /home/app and the CA bundle (no libraries)
# No shell, no package manager, no coreutils end up in any of them.
set -euo pipefail
out=${1:-/out}
arch_dir=/usr/lib/x86_64-linux-gnu

# copy_into ROOT PATH...: copy each PATH (file, symlink or directory) to ROOT at its canonical
# location; a symlink is copied as a symlink and its target is copied as well.
copy_into() {
  local root=$1 p dir name target
  shift
  for p in "$@"; do
    dir=$(readlink -f "$(dirname "$p")"); name=$(basename "$p"); p="$dir/$name"
    if [[ -e "$root$p" || -L "$root$p" ]]; then continue; fi
    [[ -e "$p" || -L "$p" ]] || { echo "chisel: missing $p" >&2; exit 1; }
    mkdir -p "$root$dir"
    cp -a "$p" "$root$p"
    if [[ -L "$p" ]]; then
      target=$(readlink "$p")
      [[ "$target" == /* ]] || target="$dir/$target"
      copy_into "$root" "$target"
    fi
  done
}

new_root() {
  local root=$1
  mkdir -p "$root"/usr/{bin,lib,lib64,sbin} "$root"/etc "$root"/tmp
  ln -s usr/bin "$root/bin"; ln -s usr/lib "$root/lib"; ln -s usr/lib64 "$root/lib64"; ln -s usr/sbin "$root/sbin"
  chmod 1777 "$root/tmp"
  printf 'root:x:0:0:root:/root:/noshell\napp:x:1654:1654::/home/app:/noshell\n' >"$root/etc/passwd"
  printf 'root:x:0:\napp:x:1654:\n' >"$root/etc/group"
  install -d -m 0755 -o 1654 -g 1654 "$root/home/app"
  install -d -m 0700 "$root/root"
  copy_into "$root" /etc/ssl/certs/ca-certificates.crt
}

rm -rf "$out"; mkdir -p "$out"
new_root "$out/base"
copy_into "$out/base" /lib64/ld-linux-x86-64.so.2
for lib in ld-linux-x86-64.so.2 libc.so.6 libm.so.6 libdl.so.2 libpthread.so.0 librt.so.1 libresolv.so.2 \
           libutil.so.1 libanl.so.1 libnss_files.so.2 libnss_dns.so.2 \
           libgcc_s.so.1 libstdc++.so.6 libssl.so.3 libcrypto.so.3 libz.so.1; do
  copy_into "$out/base" "$arch_dir/$lib"
done
# OpenSSL 3 loads its providers from here (the default provider is built in; keep the folder small).
[[ -d $arch_dir/ossl-modules ]] && copy_into "$out/base" "$arch_dir/ossl-modules"

mkdir -p "$out/extra"
for lib in libicuuc.so.72 libicui18n.so.72 libicudata.so.72; do copy_into "$out/extra" "$arch_dir/$lib"; done
copy_into "$out/extra" /usr/share/zoneinfo

mkdir -p "$out/skeleton"
new_root "$out/skeleton"

# Sanity: nothing that can run a command.
for f in bin/sh usr/bin/sh usr/bin/bash usr/bin/dash usr/bin/apt usr/bin/dpkg; do
  [[ ! -e "$out/base/$f" ]] || { echo "chisel: $f must not be in the chiseled root" >&2; exit 1; }
done
du -sh "$out"/* | sed 's/^/chisel: /'
