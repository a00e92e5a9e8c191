#!/usr/bin/env bash
# How long the GenerateSlimDockerfile task takes, read from MSBuild's own -clp:PerformanceSummary, on a copy of
# samples/HelloApi that uses the task straight from src/Slim.Docker.Build.Tasks/bin/Release.
#
#   cold: a new MSBuild process for every run (-nr:false, no MSBuild server): the command of the README,
#         'dotnet build HelloApi -t:GenerateSlimDockerfile', restore included; the "Task Performance Summary" line.
#   warm: the second of two runs of the task in one MSBuild process: a traversal project asks one node (-m:1) for
#         GenerateSlimDockerfile of two identical copies of the sample, one after the other; the "Project
#         Performance Summary" line of the second copy's GenerateSlimDockerfile target (the task and the ItemGroup
#         around it). The first copy's line is printed too: a cold run measured the same way.
#
# Every run finds its Dockerfile and .dockerignore up to date (a first, unmeasured run writes them), as in a
# repeated publish. Prints one line per run and the medians; a measurement, not a test (exit 0 when every build
# ran). See docs/benchmarks.md.
#
# --task-assembly PATH (repeatable) measures that build of Slim.Docker.Build.Tasks.dll instead, for example one of
# an older commit (git archive COMMIT | tar -x -C DIR, then dotnet build DIR/src/Slim.Docker.Build.Tasks -c Release).
# Several are measured in turns within each run, so that they share the machine's load alike.
#
# Usage: bash build/benchmark/task-time.sh [--runs N] [--task-assembly PATH]... [--no-build] [--keep]
set -euo pipefail

RUNS=7 BUILD=1 KEEP=0 ASSEMBLIES=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) RUNS=${2:?}; shift 2 ;;
    --task-assembly) ASSEMBLIES+=("$(realpath "${2:?}")"); BUILD=0; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --keep) KEEP=1; shift ;;
    -h|--help) sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "--runs needs a positive integer" >&2; exit 2; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export DOTNET_CLI_USE_MSBUILD_SERVER=0 MSBUILDDISABLENODEREUSE=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ $BUILD == 1 ]]; then
  echo "building the task (Release)..." >&2
  dotnet build "$ROOT/src/Slim.Docker.Build.Tasks" -c Release -nologo -v:q >&2
fi
[[ ${#ASSEMBLIES[@]} -gt 0 ]] || ASSEMBLIES=("$ROOT/src/Slim.Docker.Build.Tasks/bin/Release/net8.0/Slim.Docker.Build.Tasks.dll")
for assembly in "${ASSEMBLIES[@]}"; do
  [[ -f $assembly ]] || { echo "$assembly does not exist: dotnet build src/Slim.Docker.Build.Tasks -c Release" >&2; exit 1; }
done

# Two copies of samples/ side by side; their Directory.Build.* files reach ../build, ../src and ../templates, which point back here.
WORK=$(mktemp -d /tmp/sdb-task-time.XXXXXX)
cleanup() { if [[ $KEEP == 1 ]]; then echo "kept $WORK" >&2; else rm -rf "$WORK"; fi; }
trap cleanup EXIT
cp "$ROOT/Directory.Build.props" "$ROOT/Directory.Packages.props" "$ROOT/nuget.config" "$ROOT/global.json" "$WORK/"
ln -s "$ROOT/build" "$WORK/build"
ln -s "$ROOT/src" "$WORK/src"
ln -s "$ROOT/templates" "$WORK/templates"
for copy in first second; do
  mkdir "$WORK/$copy"
  cp -r "$ROOT/samples/." "$WORK/$copy/"
  rm -rf "$WORK/$copy"/*/bin "$WORK/$copy"/*/obj
done
cat >"$WORK/twice.proj" <<'EOF'
<Project>
  <Target Name="Build">
    <MSBuild Projects="first/HelloApi/HelloApi.csproj;second/HelloApi/HelloApi.csproj" Targets="GenerateSlimDockerfile" BuildInParallel="false" />
  </Target>
</Project>
EOF

run() { # command... : runs it, keeps the log, fails loudly with the log
  local log=$WORK/last.log
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; echo "failed: $*" >&2; exit 1; fi
}

echo "restoring the copies and writing their files once (not measured)..." >&2
for copy in first second; do
  run dotnet build "$WORK/$copy/HelloApi/HelloApi.csproj" -t:GenerateSlimDockerfile -nr:false -nologo -p:SlimDockerfileTaskAssembly="${ASSEMBLIES[0]}"
done

# The "Task Performance Summary" line of the task: "      155 ms  GenerateSlimDockerfile     1 calls".
task_ms() {
  awk '/^Task Performance Summary:/ { on = 1; next } on && $3 == "GenerateSlimDockerfile" { print $1; exit }' "$1"
}

# The target's line under one project in the "Project Performance Summary".
project_target_ms() { # log, project path fragment
  awk -v project="$2" '
    /^Project Performance Summary:/ { on = 1; next }
    /^[A-Z]/ { on = 0 }
    on && /\.(cs|)proj +[0-9]+ calls$/ { current = $3; next }
    on && index(current, project) && $3 == "GenerateSlimDockerfile" { print $1; exit }' "$1"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# One entry per assembly and run: "cold first second" in milliseconds.
declare -A results
for ((i = 1; i <= RUNS; i++)); do
  for a in "${!ASSEMBLIES[@]}"; do
    task=-p:SlimDockerfileTaskAssembly="${ASSEMBLIES[$a]}"
    run dotnet build "$WORK/first/HelloApi/HelloApi.csproj" -t:GenerateSlimDockerfile -nr:false -nologo -clp:PerformanceSummary "$task"
    c=$(task_ms "$WORK/last.log")
    run dotnet msbuild "$WORK/twice.proj" -nr:false -m:1 -nologo -clp:PerformanceSummary "$task"
    f=$(project_target_ms "$WORK/last.log" /first/HelloApi/)
    s=$(project_target_ms "$WORK/last.log" /second/HelloApi/)
    [[ -n $c && -n $f && -n $s ]] || { cat "$WORK/last.log" >&2; echo "no GenerateSlimDockerfile line in the summary" >&2; exit 1; }
    results[$a]+="$c $f $s;"
    echo "run $i, ${ASSEMBLIES[$a]}: cold ${c} ms; one process: first ${f} ms, second (warm) ${s} ms" >&2
  done
done

column_of() { tr ';' '\n' <<<"${results[$1]}" | awk -v c="$2" 'NF { print $c }'; }
summary() { # assembly index, column, label
  local values
  values=$(column_of "$1" "$2")
  printf '  %-60s %4s ms   [%s]\n' "$3" "$(median <<<"$values")" "$(tr '\n' ' ' <<<"$values" | sed 's/ $//')"
}

echo "GenerateSlimDockerfile, median of $RUNS runs ($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)):"
for a in "${!ASSEMBLIES[@]}"; do
  echo "${ASSEMBLIES[$a]}"
  summary "$a" 1 "cold (new process, dotnet build -t:GenerateSlimDockerfile):"
  summary "$a" 2 "first run in one process (traversal):"
  summary "$a" 3 "warm (second run in the same process):"
done
