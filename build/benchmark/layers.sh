#!/usr/bin/env bash
# Measures what the generated Dockerfile's layers and symbol handling give (issue 9): per layer of the final image its
# diff id and compressed size (the gzip blob docker save writes, what a push moves) for
#   web: a framework-dependent web API (a NuGet package, a project reference, a static file) built twice from the same
#        sources and once after a one-line code change, every build with --no-cache;
#   aot: the same API as Native AOT, with the default symbols setting and with SlimDockerfileSymbols=all.
# Prints Markdown on stdout, progress on stderr. Not a test: it exits 0 when every build ran. See docs/benchmarks.md.
#
# Usage: bash build/benchmark/layers.sh [--apps web,aot] [--keep]
set -euo pipefail

APPS="web,aot" KEEP=0
while [[ $# -gt 0 ]]; do
  case $1 in
    --apps) APPS=${2:?}; shift 2 ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,10p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ID="$(date -u +%Y%m%d%H%M%S)-$$"
WORK="${TMPDIR:-/tmp}/sdb-layers-$ID"
VERSION="0.0.1-layers.$ID"
TAGS=()
log() { printf '[layers %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
cleanup() {
  set +e
  [[ ${#TAGS[@]} -gt 0 ]] && docker rmi -f "${TAGS[@]}" >/dev/null 2>&1
  [[ $KEEP -eq 0 ]] && rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/feed"
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 DOTNET_NOLOGO=1 NUGET_PACKAGES="$WORK/nuget"
export DOCKER_BUILDKIT=1 BUILDX_NO_DEFAULT_ATTESTATIONS=1

log "packing Slim.Docker.Build $VERSION"
dotnet pack "$REPO/src/Slim.Docker.Build.Tasks" -c Release -nr:false -o "$WORK/feed" --artifacts-path "$WORK/artifacts" \
  -p:Version="$VERSION" >"$WORK/pack.log" 2>&1 || { tail -30 "$WORK/pack.log" >&2; exit 1; }

# A workspace: the package in a local feed, an API with Humanizer.Core, a library and a static file.
workspace() {
  local dir=$1 props=$2 builder=$3
  mkdir -p "$dir/local-feed" "$dir/Api/wwwroot" "$dir/Lib"
  cp "$WORK"/feed/*.nupkg "$dir/local-feed/"
  printf '<configuration><packageSources><add key="local" value="local-feed" /></packageSources></configuration>\n' >"$dir/nuget.config"
  cat >"$dir/Api/Api.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings>$props</PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Slim.Docker.Build" Version="$VERSION" PrivateAssets="all" />
    <PackageReference Include="Humanizer.Core" Version="2.14.1" />
    <ProjectReference Include="../Lib/Lib.csproj" />
  </ItemGroup>
</Project>
EOF
  printf '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n' >"$dir/Lib/Lib.csproj"
  printf 'namespace Lib; public static class Greeter { public static string Greet(string n) => $"hello, {n}"; }\n' >"$dir/Lib/Greeter.cs"
  printf 'body { color: red; }\n' >"$dir/Api/wwwroot/site.css"
  cat >"$dir/Api/Program.cs" <<EOF
var app = WebApplication.$builder(args).Build();
app.MapStaticAssets();
app.MapGet("/", () => Lib.Greeter.Greet(Humanizer.StringHumanizeExtensions.Humanize("layered_api")));
app.Run();
EOF
  (cd "$dir/Api" && dotnet build -t:GenerateSlimDockerfile >"$dir/generate.log" 2>&1) || { tail -20 "$dir/generate.log" >&2; exit 1; }
}

# docker build with the header's command (run from the folder it names), tag $2, extra options $3.
build() {
  local dir=$1 tag=$2 options=$3
  TAGS+=("$tag")
  log "docker build $options -t $tag"
  (cd "$dir" && docker build -f Api/Dockerfile $options -t "$tag" . >"$dir/build-${tag##*:}.log" 2>&1) \
    || { tail -30 "$dir/build-${tag##*:}.log" >&2; exit 1; }
}

# One line per layer: diff id, compressed bytes, unpacked bytes, the instruction (from docker save's OCI layout).
layers() {
  docker save "$1" | python3 -c '
import json, sys, tarfile, zlib
t = tarfile.open(fileobj=sys.stdin.buffer, mode="r|")
blobs = {}
for m in t:
    if m.isfile():
        blobs[m.name] = t.extractfile(m).read()
blob = lambda d: blobs["blobs/sha256/" + d.split(":")[1]]
manifest = json.loads(blob(json.loads(blobs["index.json"])["manifests"][0]["digest"]))
if "manifests" in manifest:
    manifest = json.loads(blob([m for m in manifest["manifests"] if m.get("platform", {}).get("os") != "unknown"][0]["digest"]))
config = json.loads(blob(manifest["config"]["digest"]))
history = [h.get("created_by", "") for h in config["history"] if not h.get("empty_layer")]
for layer, diff, made in zip(manifest["layers"], config["rootfs"]["diff_ids"], history):
    unpacked = len(zlib.decompress(blob(layer["digest"]), 47))
    size, made = layer["size"], made.split(" # ")[0][:60]
    print(f"{diff[7:19]}\t{size}\t{unpacked}\t{made}")
' | grep . || { echo "could not read the layers of $1" >&2; exit 1; }
}

mb() { awk -v b="$1" 'BEGIN { printf "%.3f", b / 1000000 }'; }

if [[ ,$APPS, == *,web,* ]]; then
  dir="$WORK/web"; workspace "$dir" "" CreateBuilder
  # The header passes the commit's time: the same commit gives the same time.
  build "$dir" sdb-layers-web:a "--no-cache --build-arg SOURCE_DATE_EPOCH=1600000000"
  build "$dir" sdb-layers-web:b "--no-cache --build-arg SOURCE_DATE_EPOCH=1600000000"
  sed -i 's/layered_api/changed_api/' "$dir/Api/Program.cs"
  build "$dir" sdb-layers-web:c "--no-cache --build-arg SOURCE_DATE_EPOCH=1700000000"
  mapfile -t A < <(layers sdb-layers-web:a); mapfile -t B < <(layers sdb-layers-web:b); mapfile -t C < <(layers sdb-layers-web:c)
  base=$(docker image inspect --format '{{len .RootFS.Layers}}' mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra)
  echo "### web: framework-dependent web API (aspnet:10.0-noble-chiseled-extra, $base base layers)"
  echo
  echo "| layer | build a | build b (same sources) | build c (one-line change) | compressed MB (c) | unpacked MB (c) |"
  echo "|---|---|---|---|---:|---:|"
  pushed=0 image=0
  for i in "${!C[@]}"; do
    IFS=$'\t' read -r da _ _ _ <<<"${A[$i]}"; IFS=$'\t' read -r db _ _ _ <<<"${B[$i]}"; IFS=$'\t' read -r dc cc uc made <<<"${C[$i]}"
    image=$((image + cc))
    [[ $dc != "$da" ]] && pushed=$((pushed + cc))
    (( i < base )) && continue
    echo "| \`${made}\` | $da | $([[ $db == "$da" ]] && echo same || echo "$db") | $([[ $dc == "$da" ]] && echo same || echo "$dc") | $(mb "$cc") | $(mb "$uc") |"
  done
  echo
  echo "Bytes a code change pushes (layers whose digest changed from a to c): $pushed ($(mb $pushed) MB) of $image ($(mb $image) MB) compressed."
  echo
  # The cost of the managed .pdb files the default keeps: the app layer of c without them.
  (cd "$dir/Api" && dotnet build -t:GenerateSlimDockerfile -p:SlimDockerfileSymbols=none >"$dir/generate-none.log" 2>&1)
  build "$dir" sdb-layers-web:c-none "--build-arg SOURCE_DATE_EPOCH=1700000000"
  IFS=$'\t' read -r _ with _ _ <<<"$(layers sdb-layers-web:c | grep -F 'COPY /app/' | tail -1)"
  IFS=$'\t' read -r _ without _ _ <<<"$(layers sdb-layers-web:c-none | grep -F 'COPY /app/' | tail -1)"
  echo "App layer of c with the managed .pdb files (default): $with bytes compressed; with SlimDockerfileSymbols=none: $without bytes."
  echo
fi

if [[ ,$APPS, == *,aot,* ]]; then
  dir="$WORK/aot"; workspace "$dir" "<PublishAot>true</PublishAot><InvariantGlobalization>true</InvariantGlobalization>" CreateSlimBuilder
  build "$dir" sdb-layers-aot:default ""
  build "$dir" sdb-layers-aot:debug "--target debug"
  (cd "$dir/Api" && dotnet build -t:GenerateSlimDockerfile -p:SlimDockerfileSymbols=all >"$dir/generate-all.log" 2>&1)
  build "$dir" sdb-layers-aot:all ""
  echo "### aot: Native AOT web API (runtime-deps:10.0-noble-chiseled)"
  echo
  echo "| image | layers from the build stage: compressed MB (unpacked MB) | *.dbg in /app |"
  echo "|---|---|---|"
  for t in default all debug; do
    sizes=$(layers "sdb-layers-aot:$t" | awk -F'\t' '$4 ~ /^COPY \/(app|symbols)\// { printf "%s%s %.3f (%.3f)", sep, $4, $2 / 1e6, $3 / 1e6; sep = ", " }')
    dbg=$(docker create "sdb-layers-aot:$t" /none | { read -r id; docker export "$id" | tar -t | grep -c '^app/.*\.dbg$' || true; docker rm "$id" >/dev/null; })
    echo "| $t | $sizes | $dbg |"
  done
  echo
fi
log "done"
