#!/usr/bin/env bash
# Benchmark: image size, bytes a code change pushes, and cold/warm build time of five ways to containerize the
# same ASP.NET Core app, and the time of the GenerateSlimDockerfile task itself (task-time.sh), in one run.
#
#   (a) the Dockerfile Slim.Docker.Build generates (package packed from this checkout)
#   (b) a naive single-stage Dockerfile (publish in the SDK image, run there)
#   (c) the SDK's 'dotnet publish -t:PublishContainer' with the base image it picks by default
#   (d) PublishContainer told to use the same base image as (a)
#   (e) a hand-tuned Dockerfile with Microsoft's sample practices (the dotnet-docker samples): restore layer,
#       chiseled base (the same as (a)), symbol files deleted, the publish output in one layer
#
# for a framework-dependent web API with packages ("web") and a Native AOT API ("aot"). Prints Markdown
# tables, the machine facts and which expectations hold. Not a test: it exits 0 when every measurement ran,
# whatever the numbers are. See docs/benchmarks.md for the definitions and the last measured results.
#
# Usage: bash build/benchmark/benchmark.sh [--runs N] [--apps web,aot] [--variants abcde] [--port P]
#                                          [--task-time-runs N] [--no-install] [--keep] [--help]
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: build/benchmark/benchmark.sh [options]

  --runs N        repeat every cold and warm build N times and report the median (default 1)
  --apps LIST     comma-separated subset of: web,aot (default web,aot)
  --variants S    subset of the letters abcde (default abcde)
  --port P        port of the local registry on 127.0.0.1 (default 5000; the next free port if taken)
  --task-time-runs N  runs of build/benchmark/task-time.sh at the end (default 5; 0 skips it)
  --no-install    do not apt-get install missing tools (docker-registry; clang, lld, zlib1g-dev for the
                  AOT PublishContainer builds); what needs them is reported as not measured
  --keep          keep the temporary folder, images and logs (for debugging); the registry is still stopped
  -h, --help      this text

Needs: a running Docker engine with BuildKit, the stand-in base images
(bash build/standins/build-standins.sh), the .NET 10 SDK, and root for apt-get.
EOF
}

RUNS=1 APPS="web,aot" VARIANTS="abcde" PORT=5000 INSTALL=1 KEEP=0 TASK_RUNS=5
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) RUNS=${2:?}; shift 2 ;;
    --apps) APPS=${2:?}; shift 2 ;;
    --variants) VARIANTS=${2:?}; shift 2 ;;
    --port) PORT=${2:?}; shift 2 ;;
    --task-time-runs) TASK_RUNS=${2:?}; shift 2 ;;
    --no-install) INSTALL=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a positive integer" >&2; exit 2; }
[[ $VARIANTS =~ ^[abcde]+$ ]] || { echo "--variants takes letters from abcde" >&2; exit 2; }
[[ $TASK_RUNS =~ ^[0-9]+$ ]] || { echo "--task-time-runs needs a number" >&2; exit 2; }
IFS=, read -r -a APP_LIST <<<"$APPS"
for app in "${APP_LIST[@]}"; do [[ $app == web || $app == aot ]] || { echo "unknown app: $app" >&2; exit 2; }; done

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
ID="$(date -u +%Y%m%d%H%M%S)-$$"
WORK="${TMPDIR:-/tmp}/sdb-bench-$ID"
PKG_VERSION="0.0.1-bench.$(date -u +%Y%m%d%H%M%S).$$"
MCR=mcr.microsoft.com/dotnet
KEEP_LOGS="${TMPDIR:-/tmp}/sdb-bench-logs-$ID"   # where the logs are copied when something failed
T0=$(date +%s.%N)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
now() { date +%s.%N; }
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.1f", e - s }'; }

# --- Resources this run creates, removed by the exit trap -----------------------------------------
IMAGES=()       # tags and image IDs
REGISTRY_SH=$REPO/build/standins/registry.sh
export SLIM_REGISTRY_DIR="$WORK/registry"   # this run's own registry (build/standins/registry.sh)
REG=""          # its address once started
CHILD=""        # the build command running now (run_timed)
FAILED=0        # a build failed (not: something could not be measured here)

cleanup() {
  local rc=$?
  set +e
  # A build still running (interrupted run): stop it before removing what it makes.
  if [[ -n $CHILD ]]; then kill "$CHILD" 2>/dev/null; wait "$CHILD" 2>/dev/null; fi
  [[ -n $REG ]] && bash "$REGISTRY_SH" stop 2>>"$WORK/logs/registry.log"
  if [[ $KEEP -eq 0 ]]; then
    # Every container this run creates is named sdb-bench-$ID-... (some are created in subshells).
    docker ps -aq --filter "name=sdb-bench-$ID-" | xargs -r docker rm -f >/dev/null 2>&1
    # Tags first, then the IDs they left behind (a warm rebuild leaves the cold image dangling).
    # 'docker image rm' without -f refuses an ID that still carries somebody else's tag.
    for i in "${IMAGES[@]}"; do [[ $i != sha256:* ]] && docker image rm "$i" >/dev/null 2>&1; done
    docker image ls --format '{{.Repository}}:{{.Tag}}' --filter "reference=sdb-bench-$ID-*" | xargs -r docker image rm >/dev/null 2>&1
    for i in "${IMAGES[@]}"; do [[ $i == sha256:* ]] && docker image rm "$i" >/dev/null 2>&1; done
    if [[ -d $WORK ]]; then
      if [[ $FAILED -ne 0 || ( $rc -ne 0 && $rc -ne 130 && $rc -ne 143 ) ]] && [[ -d $WORK/logs ]]; then
        cp -r "$WORK/logs" "$KEEP_LOGS" && log "logs kept in $KEEP_LOGS"
      fi
      rm -rf "$WORK"
    fi
  else
    log "--keep: left $WORK and the images sdb-bench-$ID-*"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Remember an image tag and the ID it has now.
track_image() {
  IMAGES+=("$1")
  local id; id=$(docker image inspect -f '{{.Id}}' "$1" 2>/dev/null) && IMAGES+=("$id")
  return 0
}

# --- Environment for every dotnet call on the host -------------------------------------------------
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 NUGET_CERT_REVOCATION_MODE=offline
unset MSBuildExtensionsPath MSBuildSDKsPath MSBUILD_EXE_PATH
export BUILDKIT_PROGRESS=plain
# No provenance attestation manifests beside the images: docker save then holds one image manifest per image.
export BUILDX_NO_DEFAULT_ATTESTATIONS=1

# --- Preconditions --------------------------------------------------------------------------------
docker info >/dev/null 2>&1 || { echo "No Docker engine answers (bash build/engine/ensure-docker.sh starts one)." >&2; exit 1; }
command -v dotnet >/dev/null || { echo "dotnet is not on PATH." >&2; exit 1; }
for img in sdk:10.0 sdk:10.0-noble sdk:10.0-noble-aot aspnet:10.0 aspnet:10.0-noble-chiseled-extra \
           runtime-deps:10.0-noble-chiseled runtime-deps:10.0-noble-chiseled-extra; do
  docker image inspect "$MCR/$img" >/dev/null 2>&1 \
    || { echo "Base image $MCR/$img is missing: run bash build/standins/build-standins.sh" >&2; exit 1; }
done
stale=$(docker image ls --format '{{.Repository}}' | grep -E '^sdb-bench-' | grep -v "^sdb-bench-$ID-" | sort -u || true)
[[ -z $stale ]] || log "note: images of an earlier benchmark run exist (${stale//$'\n'/ }); remove them with docker image rm once no benchmark runs"

mkdir -p "$WORK/logs"

has() { [[ $VARIANTS == *$1* ]]; }
has_app() { [[ ",$APPS," == *",$1,"* ]]; }

# Installs Debian packages (clang & co.) unless --no-install; the maintainer scripts must not start
# services. A policy-rc.d that exists is left alone. (docker-registry: build/standins/registry.sh install.)
apt_install() {
  [[ $INSTALL -eq 1 ]] || return 1
  [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null || return 1
  local policy=/usr/sbin/policy-rc.d own=0 rc=0
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; own=1; fi
  log "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >"$WORK/logs/apt.log" 2>&1 || rc=$?
  if [[ $rc -ne 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$WORK/logs/apt.log" 2>&1 \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >>"$WORK/logs/apt.log" 2>&1 && rc=0
  fi
  [[ $own -eq 1 ]] && rm -f "$policy"
  return $rc
}

REGISTRY_OK=0 REGISTRY_WHY="" CLANG_OK=0 CLANG_WHY=""
if has c || has d; then
  if SLIM_REGISTRY_INSTALL=$INSTALL bash "$REGISTRY_SH" install >>"$WORK/logs/registry.log" 2>&1; then REGISTRY_OK=1
  else REGISTRY_WHY="no docker-registry (Debian package) and it could not be installed"; fi
  if has_app aot; then
    if { command -v clang && command -v ld.lld && [[ -e /usr/include/zlib.h ]]; } >/dev/null 2>&1 \
       || apt_install clang lld zlib1g-dev; then CLANG_OK=1
    else CLANG_WHY="Native AOT on the host needs clang, lld and zlib1g-dev, which could not be installed"; fi
  fi
fi

# --- The package, packed from this checkout ------------------------------------------------------
if has a; then
  log "packing Slim.Docker.Build $PKG_VERSION"
  NUGET_PACKAGES="$WORK/nuget-pack" NUGET_HTTP_CACHE_PATH="$WORK/nuget-http" dotnet pack "$REPO/src/Slim.Docker.Build.Tasks" -c Release -nr:false \
    -o "$WORK/feed" --artifacts-path "$WORK/pack-artifacts" -p:Version="$PKG_VERSION" >"$WORK/logs/pack.log" 2>&1 \
    || { tail -30 "$WORK/logs/pack.log" >&2; echo "dotnet pack failed" >&2; exit 1; }
fi

# --- The app --------------------------------------------------------------------------------------
# write_app DIR KIND WITH_PACKAGE IMAGE_NAME: App/App.csproj and App/Program.cs (and for (a) the nuget.config
# with the local feed) under DIR. The marked line of Program.cs is what the warm builds change.
# web references what a typical data API has (EF Core with SQLite, OpenAPI), so that a code change has something
# to leave alone; aot has no packages (EF Core is not AOT-ready), and its one file is one layer anyway.
write_app() {
  local dir=$1 kind=$2 with_package=$3 repo=$4 props="" builder=CreateBuilder items="" usings="" services="" endpoints=""
  mkdir -p "$dir/App"
  if [[ $kind == aot ]]; then props=$'\n    <PublishAot>true</PublishAot>'; builder=CreateSlimBuilder
  else
    items=$'\n    <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.15" />'
    items+=$'\n    <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="10.0.15" />'
    usings=$'using Microsoft.EntityFrameworkCore;\n'
    services=$'builder.Services.AddOpenApi();\nbuilder.Services.AddDbContext<TodoDb>(o => o.UseSqlite("Data Source=todos.db"));\n'
    endpoints=$'app.MapOpenApi();\n'
  fi
  if [[ $with_package -eq 1 ]]; then
    props+=$'\n'"    <ContainerRepository>$repo</ContainerRepository>"
    items+=$'\n'"    <PackageReference Include=\"Slim.Docker.Build\" Version=\"$PKG_VERSION\" PrivateAssets=\"all\" />"
    mkdir -p "$dir/local-feed"
    cp "$WORK"/feed/*.nupkg "$dir/local-feed/"
    cat >"$dir/nuget.config" <<'EOF'
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="local" value="local-feed" />
  </packageSources>
</configuration>
EOF
  fi
  [[ -n $items ]] && items=$'\n  <ItemGroup>'"$items"$'\n  </ItemGroup>'
  cat >"$dir/App/App.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>$props
  </PropertyGroup>$items
</Project>
EOF
  cat >"$dir/App/Program.cs" <<EOF
${usings}using System.Text.Json.Serialization;

var builder = WebApplication.$builder(args);
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, AppJsonContext.Default));
${services}var app = builder.Build();
${endpoints}app.MapGet("/", () => "hello"); // bench-marker
app.MapGet("/todos", () => new Todo[] { new(1, "Walk the dog", false), new(2, "Water the plants", true) });
app.Run();

public record Todo(int Id, string Title, bool Done);

[JsonSerializable(typeof(Todo[]))]
internal partial class AppJsonContext : JsonSerializerContext;
EOF
  if [[ $kind != aot ]]; then
    printf 'using Microsoft.EntityFrameworkCore;\n\npublic class TodoDb(DbContextOptions<TodoDb> options) : DbContext(options)\n{\n    public DbSet<Todo> Todos => Set<Todo>();\n}\n' >"$dir/App/TodoDb.cs"
  fi
}

# The one-line change of a warm build.
touch_program() { sed -i "s|^app.MapGet(\"/\", .*// bench-marker\$|app.MapGet(\"/\", () => \"hello $2\"); // bench-marker|" "$1"; grep -q "hello $2" "$1"; }

# run_timed LOG DIR CMD...: runs CMD in DIR with output to LOG; sets ELAPSED (seconds). Fails like CMD.
# CMD runs as a background child that the exit trap can stop by its PID ('wait' lets a signal in at once).
run_timed() {
  local logf=$1 dir=$2; shift 2
  local s e rc=0
  s=$(now)
  (cd "$dir" && exec "$@") >>"$logf" 2>&1 </dev/null &
  CHILD=$!
  wait "$CHILD" || rc=$?
  CHILD=""
  e=$(now)
  ELAPSED=$(secs "$s" "$e")
  return $rc
}

# Sum of the sizes of the regular files in the image's file system (docker export): the unpacked size.
image_bytes() {
  local id rc=0 bytes
  id=$(docker create --name "sdb-bench-$ID-export-$RANDOM$RANDOM" "$1" /sdb-bench-export-only) || return 1
  bytes=$(docker export "$id" | tar -tvf - | awk '$1 ~ /^-/ { s += $3 } END { printf "%d", s }') || rc=$?
  docker rm "$id" >/dev/null 2>&1 || true
  [[ $rc -eq 0 ]] && echo "$bytes"
}
mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000000 }'; }
mb3() { awk -v b="$1" 'BEGIN { printf "%.3f", b / 1000000 }'; }

# layer_list IMAGE: one line per layer, "DIFF_ID COMPRESSED_BYTES": the blob sizes of docker save's OCI layout,
# which are what a push moves and a registry stores. Only the small JSON blobs are read.
layer_list() {
  docker save "$1" | python3 -c '
import json, sys, tarfile
stream = tarfile.open(fileobj=sys.stdin.buffer, mode="r|")
small = {m.name: stream.extractfile(m).read() for m in stream if m.isfile() and m.size < 4 << 20}
blob = lambda d: json.loads(small["blobs/sha256/" + d.split(":")[1]])
manifest = blob(json.loads(small["index.json"])["manifests"][0]["digest"])
if "manifests" in manifest:
    manifest = blob([m for m in manifest["manifests"] if m.get("platform", {}).get("os") != "unknown"][0]["digest"])
config = blob(manifest["config"]["digest"])
for layer, diff in zip(manifest["layers"], config["rootfs"]["diff_ids"]):
    print(diff, layer["size"])
' | grep . || { log "could not read the layers of $1"; return 1; }
}

# Compressed bytes of the layers of list $2 that list $1 lacks: what a push after $1 moves for $2.
layers_not_in() { awk 'NR == FNR { had[$1] = 1; next } !had[$1] { s += $2 } END { printf "%d", s }' "$1" "$2"; }

# GET /todos on a container of the image; prints the HTTP status (000 when it never answered).
smoke() {
  local name="sdb-bench-$ID-smoke-$RANDOM$RANDOM" port code=000 i
  docker run -d --name "$name" -p 127.0.0.1::8080 "$1" >/dev/null 2>&1 || { echo 000; return 0; }
  port=$(docker port "$name" 8080/tcp 2>/dev/null | head -1 | sed 's/.*://')
  for i in $(seq 1 60); do
    code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$port/todos" 2>/dev/null) || code=000
    [[ $code != 000 ]] && break
    sleep 0.5
  done
  docker rm -f "$name" >/dev/null 2>&1 || true
  echo "$code"
}

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) exit 1; if (NR % 2) printf "%.1f", v[(NR + 1) / 2]; else printf "%.1f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Results, keyed "app:variant".
declare -A BASE SIZE COLD WARM HTTP NOTE GEN PUSH LAYERS
IDX=0   # numbers the workspaces

# snapshot_layers IMAGE FILE: the layer list of the image now (before the warm build overwrites the tag).
snapshot_layers() { layer_list "$1" >"$2" || rm -f "$2"; return 0; }

# --- Measuring: N runs of cold + warm, medians ---------------------------------------------------
# measure APP VARIANT IMAGE: calls one_run_<VARIANT> APP RUN LOG WORKSPACE for each run; that function
# sets RUN_COLD and RUN_WARM, or fails with NOTE[app:variant] set. A run that fails with the containerd
# store's "failed to prepare extraction snapshot" (an engine-side race between concurrent builds on a shared
# engine, moby/buildkit#6521) is redone once from a fresh workspace, cold and warm, and noted in the table.
measure() {
  local app=$1 v=$2 image=$3 key="$1:$2" colds="" warms="" r attempt ws logf retried=0
  for r in $(seq 1 "$RUNS"); do
    for attempt in 1 2; do
      IDX=$((IDX + 1)); ws="$WORK/ws/$IDX-$app-$v"; logf="$WORK/logs/$app-$v-$r-$attempt.log"
      if "one_run_$v" "$app" "$r" "$logf" "$ws"; then break; fi
      if [[ $attempt -eq 1 ]] && grep -q 'failed to prepare extraction snapshot' "$logf"; then
        log "$app ($v) run $r: the engine lost a snapshot (containerd race with a concurrent build): redoing the run"
        retried=$((retried + 1)); unset "NOTE[$key]"; continue
      fi
      return 1
    done
    colds+=" $RUN_COLD"; warms+=" $RUN_WARM"
  done
  COLD[$key]=$(median <<<"$colds"); WARM[$key]=$(median <<<"$warms")
  SIZE[$key]=$(image_bytes "$image"); HTTP[$key]=$(smoke "$image")
  # What the last run's one-line change pushes: the layers of the warm image that the cold one did not have.
  snapshot_layers "$image" "$ws/warm.layers"
  [[ -f $ws/cold.layers && -f $ws/warm.layers ]] && PUSH[$key]=$(layers_not_in "$ws/cold.layers" "$ws/warm.layers")
  LAYERS[$key]=$ws/warm.layers
  [[ $retried -eq 0 ]] || NOTE[$key]="$retried run(s) redone after a containerd snapshot race"
  return 0
}

# --- (a) our generated Dockerfile -----------------------------------------------------------------
# The header names the folder to build from and the command: '# Build it from the folder X (...)' or
# '... from this folder ...', then '#   docker build ...'.
header_build() {
  local dockerfile=$1 line from
  line=$(grep -n -m1 '^# Build it from ' "$dockerfile" | cut -d: -f1) || return 1
  if sed -n "${line}p" "$dockerfile" | grep -q 'this folder'; then from=.
  else from=$(sed -n "${line}p" "$dockerfile" | sed 's/.*the folder \(.*\) (relative.*/\1/'); fi
  HDR_DIR=$(cd "$(dirname "$dockerfile")/$from" && pwd)
  HDR_CMD=$(sed -n "$((line + 1))p" "$dockerfile" | sed 's/^#[[:space:]]*//')
  [[ $HDR_CMD == "docker build "* ]]
}

declare -A GENS   # generation times per app, space-separated
one_run_a() {
  local app=$1 r=$2 logf=$3 ws=$4 key="$1:a" tag="sdb-bench-$ID-$1-a" gen
  write_app "$ws" "$app" 1 "$tag"
  # Generation: once per project, not part of the build timings (reported beside them).
  # AOT: the regenerate target, because 'dotnet publish' of an AOT app needs clang on the host.
  gen=(publish -p:GenerateSlimDockerfile=true); [[ $app == aot ]] && gen=(build -t:GenerateSlimDockerfile)
  run_timed "$logf" "$ws/App" env NUGET_PACKAGES="$WORK/nuget-host" NUGET_HTTP_CACHE_PATH="$WORK/nuget-http" \
      dotnet "${gen[@]}" -nr:false \
    || { NOTE[$key]="generation failed (log: ${logf##*/})"; return 1; }
  GENS[$app]="${GENS[$app]:-} $ELAPSED"
  header_build "$ws/App/Dockerfile" || { NOTE[$key]="failed: no build command in the Dockerfile header"; return 1; }
  [[ $HDR_CMD == *" -t $tag "* ]] || { NOTE[$key]="failed: unexpected header command: $HDR_CMD"; return 1; }
  BASE[$key]=$(grep -E '^FROM ' "$ws/App/Dockerfile" | tail -1 | awk '{ print $2 }')
  log "$app (a) run $r: cold: ${HDR_CMD/docker build/docker build --no-cache}  (in $HDR_DIR)"
  run_timed "$logf" "$HDR_DIR" bash -c "${HDR_CMD/docker build/docker build --no-cache}" \
    || { NOTE[$key]="cold build failed (log: ${logf##*/})"; return 1; }
  RUN_COLD=$ELAPSED; track_image "$tag"; snapshot_layers "$tag" "$ws/cold.layers"
  touch_program "$ws/App/Program.cs" "warm-$ID-$IDX"
  log "$app (a) run $r: warm"
  run_timed "$logf" "$HDR_DIR" bash -c "$HDR_CMD" || { NOTE[$key]="warm build failed (log: ${logf##*/})"; return 1; }
  RUN_WARM=$ELAPSED; track_image "$tag"
}

# cold_and_warm APP VARIANT RUN LOG WORKSPACE TAG: for a Dockerfile the script wrote in WORKSPACE/App, the cold build
# (--no-cache), the layer list, the one-line change and the warm build; sets RUN_COLD and RUN_WARM.
cold_and_warm() {
  local app=$1 v=$2 r=$3 logf=$4 ws=$5 tag=$6 key="$1:$2"
  log "$app ($v) run $r: cold"
  run_timed "$logf" "$ws/App" docker build --no-cache -t "$tag" . || { NOTE[$key]="cold build failed (log: ${logf##*/})"; return 1; }
  RUN_COLD=$ELAPSED; track_image "$tag"; snapshot_layers "$tag" "$ws/cold.layers"
  touch_program "$ws/App/Program.cs" "warm-$ID-$IDX"
  log "$app ($v) run $r: warm"
  run_timed "$logf" "$ws/App" docker build -t "$tag" . || { NOTE[$key]="warm build failed (log: ${logf##*/})"; return 1; }
  RUN_WARM=$ELAPSED; track_image "$tag"
}

# --- (b) naive single-stage Dockerfile ------------------------------------------------------------
one_run_b() {
  local app=$1 r=$2 logf=$3 ws=$4 key="$1:b" tag="sdb-bench-$ID-$1-b" sdk=sdk:10.0 entry='"dotnet", "/out/App.dll"'
  # The plain SDK image has no clang; the AOT one is the closest naive choice that can build the app.
  if [[ $app == aot ]]; then sdk=sdk:10.0-noble-aot; entry='"/out/App"'; fi
  BASE[$key]="$MCR/$sdk"
  write_app "$ws" "$app" 0 ""
  printf 'FROM %s\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /out\nENTRYPOINT [%s]\n' \
    "$MCR/$sdk" "$entry" >"$ws/App/Dockerfile"
  cold_and_warm "$app" b "$r" "$logf" "$ws" "$tag"
}

# --- (e) hand-tuned Dockerfile: Microsoft's sample practices ------------------------------------
# As the dotnet-docker samples write them (aspnetapp's Dockerfile.chiseled, releasesapi's for Native AOT): a
# restore layer, publish for the target architecture, symbol files deleted (the samples delete App.dbg; here the
# managed .pdb files go too), a non-root user, and the whole publish output in one COPY on the same base as (a).
# It is also the single-layer variant: what the image would be without (a)'s packages/app split.
# Its base is (a)'s, so measure (a) first; without it, the base (a) picks for this app. (d) uses it too.
hand_tuned_base() {
  local ours=${BASE[$1:a]:-}
  if [[ -z $ours && $1 == aot ]]; then ours=$MCR/runtime-deps:10.0-noble-chiseled-extra
  elif [[ -z $ours ]]; then ours=$MCR/aspnet:10.0-noble-chiseled-extra; fi
  echo "$ours"
}

one_run_e() {
  local app=$1 r=$2 logf=$3 ws=$4 key="$1:e" tag="sdb-bench-$ID-$1-e" sdk=sdk:10.0-noble
  [[ $app == aot ]] && sdk=sdk:10.0-noble-aot
  BASE[$key]=$(hand_tuned_base "$app")
  write_app "$ws" "$app" 0 ""
  cat >"$ws/App/Dockerfile" <<EOF
FROM $MCR/$sdk AS build
ARG TARGETARCH
WORKDIR /source
COPY *.csproj .
RUN dotnet restore -a \$TARGETARCH
COPY . .
RUN dotnet publish -c Release -a \$TARGETARCH --no-restore -o /app \\
    && rm -f /app/*.dbg /app/*.pdb

FROM ${BASE[$key]}
WORKDIR /app
COPY --from=build /app .
USER \$APP_UID
ENTRYPOINT ["./App"]
EOF
  cold_and_warm "$app" e "$r" "$logf" "$ws" "$tag"
}

# --- (c)/(d) the SDK's PublishContainer, base image from the local registry -----------------------
start_registry() {
  [[ -n $REG ]] && return 0
  REG=$(bash "$REGISTRY_SH" start --port "$PORT" 2>>"$WORK/logs/registry.log") || { REG=""; return 1; }
  [[ $REG == "127.0.0.1:$PORT" ]] || log "port $PORT is taken: the registry uses ${REG##*:}"
  export DOTNET_CONTAINER_INSECURE_REGISTRIES=$REG
  log "registry on $REG"
}

# push_base mcr.microsoft.com/dotnet/REPO:TAG: pushes it once; PUSHED[it] is then $REG/dotnet/REPO:TAG.
declare -A PUSHED
push_base() {
  [[ -n ${PUSHED[$1]:-} ]] && return 0
  PUSHED[$1]=$(bash "$REGISTRY_SH" push "$1" 2>>"$WORK/logs/registry.log") || { unset "PUSHED[$1]"; return 1; }
}

# The base image the SDK picks by default for this project (its ComputeContainerBaseImage target).
sdk_default_base() {
  local app=$1 dir="$WORK/ws/probe-$1" rid=()
  write_app "$dir" "$app" 0 ""
  [[ $app == aot ]] && rid=(-p:RuntimeIdentifier=linux-x64)
  (cd "$dir/App" && NUGET_PACKAGES="$WORK/nuget-host" NUGET_HTTP_CACHE_PATH="$WORK/nuget-http" dotnet msbuild -restore -nr:false \
      -t:ComputeContainerBaseImage -getProperty:ContainerBaseImage "${rid[@]}" 2>>"$WORK/logs/probe.log") | tail -1
}

# prepare_sdk APP VARIANT BASE (mcr name): starts the registry, pushes the base, sets SDK_ARGS.
prepare_sdk() {
  local app=$1 v=$2 base=$3 key="$1:$2"
  BASE[$key]=$base
  if [[ $REGISTRY_OK -ne 1 ]]; then NOTE[$key]="not measured: $REGISTRY_WHY"; return 1; fi
  if [[ $app == aot && $CLANG_OK -ne 1 ]]; then NOTE[$key]="not measured: $CLANG_WHY"; return 1; fi
  start_registry || { NOTE[$key]="failed: the local registry did not start"; return 1; }
  push_base "$base" || { NOTE[$key]="failed: could not push $base to $REG (log: registry.log)"; return 1; }
  SDK_ARGS=(-t:PublishContainer -c Release -nr:false "-p:ContainerBaseImage=${PUSHED[$base]}"
            -p:ContainerRegistry= "-p:ContainerRepository=sdb-bench-$ID-$app-$v" -p:ContainerImageTag=latest)
  [[ $app == aot ]] && SDK_ARGS+=(-r linux-x64)
  return 0
}

one_run_sdk() {
  local app=$1 v=$2 r=$3 logf=$4 ws=$5 key="$1:$2" image="sdb-bench-$ID-$1-$2:latest" caches
  write_app "$ws" "$app" 0 ""
  # Cold: no obj/bin, and empty NuGet package, NuGet HTTP and SDK layer caches for this workspace.
  # Warm: the same folders again.
  caches=(NUGET_PACKAGES="$ws/.cache/nuget" NUGET_HTTP_CACHE_PATH="$ws/.cache/nuget-http" XDG_CACHE_HOME="$ws/.cache/xdg")
  log "$app ($v) run $r: cold: dotnet publish ${SDK_ARGS[*]}"
  run_timed "$logf" "$ws/App" env "${caches[@]}" dotnet publish "${SDK_ARGS[@]}" \
    || { NOTE[$key]="cold build failed (log: ${logf##*/})"; return 1; }
  RUN_COLD=$ELAPSED; track_image "$image"; snapshot_layers "$image" "$ws/cold.layers"
  touch_program "$ws/App/Program.cs" "warm-$ID-$IDX"
  log "$app ($v) run $r: warm"
  run_timed "$logf" "$ws/App" env "${caches[@]}" dotnet publish "${SDK_ARGS[@]}" \
    || { NOTE[$key]="warm build failed (log: ${logf##*/})"; return 1; }
  RUN_WARM=$ELAPSED; track_image "$image"
}
one_run_c() { one_run_sdk "$1" c "$2" "$3" "$4"; }
one_run_d() { one_run_sdk "$1" d "$2" "$3" "$4"; }

# --- Run everything -------------------------------------------------------------------------------
declare -A SDK_DEFAULT
for app in "${APP_LIST[@]}"; do
  if has c; then
    SDK_DEFAULT[$app]=$(sdk_default_base "$app") || true
    [[ ${SDK_DEFAULT[$app]} == "$MCR/"* ]] || { log "could not compute the SDK's default base for $app (log: $WORK/logs/probe.log)"; SDK_DEFAULT[$app]=""; }
  fi
  if has a; then
    measure "$app" a "sdb-bench-$ID-$app-a" || log "$app (a): ${NOTE[$app:a]}"
    [[ -n ${GENS[$app]:-} ]] && GEN[$app]=$(median <<<"${GENS[$app]}")
  fi
  if has b; then measure "$app" b "sdb-bench-$ID-$app-b" || log "$app (b): ${NOTE[$app:b]}"; fi
  if has e; then measure "$app" e "sdb-bench-$ID-$app-e" || log "$app (e): ${NOTE[$app:e]}"; fi
  if has c; then
    if [[ -n ${SDK_DEFAULT[$app]} ]]; then
      { prepare_sdk "$app" c "${SDK_DEFAULT[$app]}" && measure "$app" c "sdb-bench-$ID-$app-c:latest"; } || log "$app (c): ${NOTE[$app:c]}"
    else NOTE[$app:c]="failed: the SDK's default base could not be computed (log: probe.log)"; fi
  fi
  if has d; then
    # The same base as our Dockerfile: read from it, or our default for this app when (a) was not run.
    ours=$(hand_tuned_base "$app")
    if has c && [[ $ours == "${SDK_DEFAULT[$app]}" && -n ${COLD[$app:c]:-} ]]; then
      # Same base as (c): the command line is identical, so (c)'s measurement stands for (d).
      BASE[$app:d]=$ours; SIZE[$app:d]=${SIZE[$app:c]}; COLD[$app:d]=${COLD[$app:c]}; WARM[$app:d]=${WARM[$app:c]}
      HTTP[$app:d]=${HTTP[$app:c]}; NOTE[$app:d]="same command as (c): the SDK's default is this base"
      [[ -n ${PUSH[$app:c]:-} ]] && PUSH[$app:d]=${PUSH[$app:c]} && LAYERS[$app:d]=${LAYERS[$app:c]}
    else
      { prepare_sdk "$app" d "$ours" && measure "$app" d "sdb-bench-$ID-$app-d:latest"; } || log "$app (d): ${NOTE[$app:d]}"
    fi
  fi
done

# Sizes of the base images, for reading the table (app layer = image - base), and their layer lists.
declare -A BASE_SIZE BASE_LAYERS
n=0
for key in "${!BASE[@]}"; do
  b=${BASE[$key]}
  [[ -n ${BASE_SIZE[$b]:-} ]] || BASE_SIZE[$b]=$(image_bytes "$b" || echo "")
  if [[ -z ${BASE_LAYERS[$b]:-} ]]; then
    n=$((n + 1)); BASE_LAYERS[$b]="$WORK/base-$n.layers"; snapshot_layers "$b" "${BASE_LAYERS[$b]}"
  fi
done

# The task's own time, in the same run (build/benchmark/task-time.sh; it builds the task in Release).
TASK_OUT=""
if [[ $TASK_RUNS -gt 0 ]]; then
  log "task time: bash build/benchmark/task-time.sh --runs $TASK_RUNS"
  TASK_OUT=$(bash "$REPO/build/benchmark/task-time.sh" --runs "$TASK_RUNS" 2>"$WORK/logs/task-time.log") \
    || { log "task-time.sh failed (log: task-time.log)"; FAILED=1; TASK_OUT=""; }
fi

# --- Report ---------------------------------------------------------------------------------------
TOTAL=$(secs "$T0" "$(now)")
label() {
  case $1 in
    a) echo "(a) Slim.Docker.Build Dockerfile" ;;
    b) echo "(b) naive single-stage Dockerfile" ;;
    c) echo "(c) PublishContainer, SDK default base" ;;
    d) echo "(d) PublishContainer, same base as (a)" ;;
    e) echo "(e) hand-tuned Dockerfile, one layer" ;;
  esac
}
app_label() { [[ $1 == web ]] && echo "web API (framework-dependent)" || echo "web API (Native AOT)"; }
cell() { local v=${1:-}; [[ -n $v ]] && echo "$v" || echo "n/a"; }

standin=no
docker image inspect -f '{{index .Config.Labels "org.slim-docker-build.standin.hash"}}' "$MCR/aspnet:10.0" 2>/dev/null | grep -q . && standin=yes

echo
echo "## Results ($RUNS run(s) each, median)"
echo
echo "| app | variant | base image | size MB | cold s | warm s | GET /todos |"
echo "|---|---|---|---:|---:|---:|---|"
for app in "${APP_LIST[@]}"; do
  for v in a e b c d; do
    has "$v" || continue
    key="$app:$v"
    size=""; [[ -n ${SIZE[$key]:-} ]] && size=$(mb "${SIZE[$key]}")
    base=${BASE[$key]:-}; base=${base#"$MCR/"}
    if [[ -z ${COLD[$key]:-} ]]; then
      echo "| $(app_label "$app") | $(label "$v") | $(cell "$base") | – | – | – | ${NOTE[$key]:-not measured} |"
    else
      note=""; [[ -n ${NOTE[$key]:-} ]] && note=" (${NOTE[$key]})"
      echo "| $(app_label "$app") | $(label "$v") | $base | $size | ${COLD[$key]} | ${WARM[$key]} | ${HTTP[$key]:-?}$note |"
    fi
  done
done
echo
echo "Size: sum of the regular files in \`docker export\` of the image (unpacked bytes; 1 MB = 10^6 bytes)."
echo "Base images (same measure):"
for b in $(printf '%s\n' "${!BASE_SIZE[@]}" | sort); do
  [[ -n ${BASE_SIZE[$b]} ]] && echo "- ${b#"$MCR/"}: $(mb "${BASE_SIZE[$b]}") MB"
done
if has a; then
  for app in "${APP_LIST[@]}"; do
    [[ -n ${GEN[$app]:-} ]] || continue
    how='dotnet publish -p:GenerateSlimDockerfile=true'; [[ $app == aot ]] && how='dotnet build -t:GenerateSlimDockerfile'
    echo "- Dockerfile generation for $app (once per project, not in the timings): ${GEN[$app]} s ($how)"
  done
fi

# compressed bytes of the image's own layers (those its base does not have): "image - base" as a push counts it.
own_bytes() { [[ -n ${LAYERS[$1]:-} && -f ${LAYERS[$1]} && -f ${BASE_LAYERS[${BASE[$1]}]:-} ]] && layers_not_in "${BASE_LAYERS[${BASE[$1]}]}" "${LAYERS[$1]}"; }
declare -A OWN
echo
echo "## Bytes a code change pushes"
echo
echo "After the warm build's one-line change of \`Program.cs\`: the compressed size of the layers whose digest the cold"
echo "build's image did not have (what \`docker push\` uploads and \`docker pull\` downloads), against the compressed size"
echo "of all the image's layers that its base does not have."
echo
echo "| app | variant | layers (own) | pushed MB | own layers MB | pushed / own |"
echo "|---|---|---:|---:|---:|---:|"
for app in "${APP_LIST[@]}"; do
  for v in a e b c d; do
    has "$v" || continue
    key="$app:$v"
    [[ -n ${PUSH[$key]:-} ]] || { [[ -n ${COLD[$key]:-} ]] && echo "| $(app_label "$app") | $(label "$v") | – | – | – | ${NOTE[$key]:-not measured} |"; continue; }
    OWN[$key]=$(own_bytes "$key" || true)
    count=$(awk 'NR == FNR { had[$1] = 1; next } !had[$1] { n++ } END { print n + 0 }' "${BASE_LAYERS[${BASE[$key]}]}" "${LAYERS[$key]}" 2>/dev/null || echo "?")
    share=$(awk -v p="${PUSH[$key]}" -v o="${OWN[$key]:-0}" 'BEGIN { if (o > 0) printf "%.1f %%", 100 * p / o; else print "n/a" }')
    echo "| $(app_label "$app") | $(label "$v") | $count | $(mb3 "${PUSH[$key]}") | $(cell "${OWN[$key]:+$(mb3 "${OWN[$key]}")}") | $share${NOTE[$key]:+ (${NOTE[$key]})} |"
  done
done

if [[ -n $TASK_OUT ]]; then
  echo
  echo "## Task time (build/benchmark/task-time.sh --runs $TASK_RUNS, same run)"
  echo
  echo '```'
  echo "$TASK_OUT"
  echo '```'
fi

echo
echo "## Expectations"
echo
expect() {  # expect TEXT OK(1/0/"") 
  case ${2:-} in 1) echo "- holds: $1" ;; 0) echo "- DOES NOT HOLD: $1" ;; *) echo "- not measured: $1" ;; esac
}
cmp_sizes() {  # cmp_sizes AWK-EXPR A B → 1/0, or empty when a size is missing
  [[ -n ${2:-} && -n ${3:-} ]] || return 0
  awk -v a="$2" -v b="$3" "BEGIN { print ($1) ? 1 : 0 }"
}
task_ms_of() { awk -v what="$1" 'index($0, what) { for (i = 1; i < NF; i++) if ($(i + 1) == "ms") { print $i; exit } }' <<<"$TASK_OUT"; }
if [[ -n $TASK_OUT ]]; then
  cold_ms=$(task_ms_of "cold (new process"); warm_ms=$(task_ms_of "warm (second run")
  expect "task ≤ 150 ms cold ($(cell "$cold_ms") ms)" "$(cmp_sizes 'a <= b' "$cold_ms" 150)"
  expect "task ≤ 50 ms warm ($(cell "$warm_ms") ms)" "$(cmp_sizes 'a <= b' "$warm_ms" 50)"
fi
for app in "${APP_LIST[@]}"; do
  a=${SIZE[$app:a]:-} b=${SIZE[$app:b]:-} c=${SIZE[$app:c]:-} d=${SIZE[$app:d]:-} e=${SIZE[$app:e]:-}
  has a && has e && expect "$app: ours ≤ 1.05 × (e) hand-tuned ($(cell "${a:+$(mb "$a")}") vs $(cell "${e:+$(mb "$e")}") MB)" "$(cmp_sizes 'a <= 1.05 * b' "$a" "$e")"
  pa=${PUSH[$app:a]:-} oa=${OWN[$app:a]:-}
  [[ $app == web ]] && has a && expect "$app: a code change pushes ≤ 5 % of ours' own layers ($(cell "${pa:+$(mb3 "$pa")}") of $(cell "${oa:+$(mb3 "$oa")}") MB compressed)" "$(cmp_sizes 'a <= 0.05 * b' "$pa" "$oa")"
  for v in d e; do
    has a && has "$v" && expect "$app: ours pushes no more than ($v) after a code change ($(cell "${pa:+$(mb3 "$pa")}") vs $(cell "${PUSH[$app:$v]:+$(mb3 "${PUSH[$app:$v]}")}") MB)" "$(cmp_sizes 'a <= b' "$pa" "${PUSH[$app:$v]:-}")"
  done
  has a && has d && expect "$app: ours ≤ (d) + 1 MB ($(cell "${a:+$(mb "$a")}") vs $(cell "${d:+$(mb "$d")}") MB)" "$(cmp_sizes 'a <= b + 1000000' "$a" "$d")"
  has a && has b && expect "$app: ours well below (b), at most half ($(cell "${a:+$(mb "$a")}") vs $(cell "${b:+$(mb "$b")}") MB)" "$(cmp_sizes 'a * 2 <= b' "$a" "$b")"
  [[ $app == web ]] && has a && has c && expect "$app: ours below (c) ($(cell "${a:+$(mb "$a")}") vs $(cell "${c:+$(mb "$c")}") MB)" "$(cmp_sizes 'a < b' "$a" "$c")"
done

echo
echo "## Machine"
echo
echo "- date (UTC): $(date -u '+%Y-%m-%d %H:%M')"
echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "- memory: $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
echo "- Docker engine $(docker version -f '{{.Server.Version}}'), CLI $(docker version -f '{{.Client.Version}}'), $(docker buildx version 2>/dev/null | awk '{ print "buildx " $2 }'), image store: $(docker info -f '{{json .DriverStatus}}' | grep -q containerd && echo "containerd ($(docker info -f '{{.Driver}}') snapshotter)" || docker info -f '{{.Driver}}')"
echo "- .NET SDK $(dotnet --version)$( [[ $CLANG_OK -eq 1 ]] && echo ", host clang $(clang --version | head -1 | sed 's/.*version \([0-9.]*\).*/\1/')")"
echo "- base images are local stand-ins: $standin"
echo "- load average (1/5/15 min) at start: $LOAD0, at end: $(cut -d' ' -f1-3 /proc/loadavg) (the engine and CPUs may be shared)"
echo "- total benchmark time: $TOTAL s"
for key in "${!NOTE[@]}"; do [[ ${NOTE[$key]} == *failed* ]] && FAILED=1; done
[[ $FAILED -eq 0 ]] || { log "some builds failed (see the table; logs: $KEEP_LOGS)"; exit 1; }
