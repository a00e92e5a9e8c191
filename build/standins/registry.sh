#!/usr/bin/env bash
# A local registry on 127.0.0.1 (Debian's docker-registry) that serves stand-in images to tools that
# read base images from a registry instead of the engine, such as the SDK's
# `dotnet publish -t:PublishContainer -p:ContainerBaseImage=...`.
#
#   REG=$(build/standins/registry.sh start)                                  # 127.0.0.1:PORT
#   BASE=$(build/standins/registry.sh push mcr.microsoft.com/dotnet/aspnet:10.0)   # $REG/dotnet/aspnet:10.0
#   DOTNET_CONTAINER_INSECURE_REGISTRIES=$REG dotnet publish -t:PublishContainer \
#       -p:ContainerBaseImage=$BASE -p:ContainerRegistry= ...                # the image lands in the engine
#   build/standins/registry.sh stop
#
# Commands:
#   start [--port P]  start the registry, or reuse the one this state folder already runs; prints its
#                     address. P is the first port tried (default 5000); taken ports are skipped.
#   push IMAGE...     push local images; prints one reference per image: the address + the name without
#                     its registry host (mcr.microsoft.com/dotnet/aspnet:10.0 -> ADDR/dotnet/aspnet:10.0,
#                     node:22-bookworm-slim -> ADDR/node:22-bookworm-slim). All platforms of the tag go.
#   address           print the running registry's address (exit 1 when none runs)
#   stop              stop this state folder's registry and delete what was pushed to it
#   install           install the docker-registry package when it is missing (root, apt)
# Environment:
#   SLIM_REGISTRY_DIR        state folder: pid, address, config, storage, log (default /tmp/slim-registry).
#                            One registry per folder: give concurrent test runs their own folders.
#   SLIM_REGISTRY_INSTALL=0  never install docker-registry (start then fails when it is missing)
# See docs/test-infrastructure.md.
set -euo pipefail
shopt -s inherit_errexit

DIR=${SLIM_REGISTRY_DIR:-/tmp/slim-registry}
log() { printf '[registry] %s\n' "$*" >&2; }
die() { printf '[registry] ERROR: %s\n' "$*" >&2; exit 1; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

answers() { curl -sf --max-time 2 "http://$1/v2/" >/dev/null 2>&1; }
ours() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q docker-registry; }

running_address() {
  local pid addr
  pid=$(cat "$DIR/pid" 2>/dev/null) || return 1
  addr=$(cat "$DIR/address" 2>/dev/null) || return 1
  ours "$pid" && answers "$addr" && echo "$addr"
}

install() {
  command -v docker-registry >/dev/null && return 0
  [[ ${SLIM_REGISTRY_INSTALL:-1} != 0 ]] || die "docker-registry is not installed (SLIM_REGISTRY_INSTALL=0)"
  [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null || die "docker-registry is not installed, and installing it needs root and apt-get"
  # The package's maintainer scripts would start a system-wide registry on :5000: policy-rc.d stops that.
  local policy=/usr/sbin/policy-rc.d own=0 rc=0
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >"$policy"; chmod +x "$policy"; own=1; fi
  log "apt-get install docker-registry"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q --no-install-recommends docker-registry >/tmp/slim-registry-apt.log 2>&1 \
    || { apt-get update -q >>/tmp/slim-registry-apt.log 2>&1 \
         && apt-get install -y -q --no-install-recommends docker-registry >>/tmp/slim-registry-apt.log 2>&1; } || rc=$?
  [[ $own -eq 1 ]] && rm -f "$policy"
  [[ $rc -eq 0 ]] || { tail -20 /tmp/slim-registry-apt.log >&2; die "apt-get install docker-registry failed"; }
}

start() {
  local port=5000
  while [[ $# -gt 0 ]]; do
    case $1 in
      --port) port=${2:?--port needs a number}; shift 2 ;;
      *) die "start: unknown option $1" ;;
    esac
  done
  [[ $port =~ ^[0-9]+$ ]] || die "--port needs a number"
  running_address && return 0
  install
  mkdir -p "$DIR/storage"
  local try pid i addr
  for ((try = 0; try < 20; try++, port++)); do
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    addr=127.0.0.1:$port
    printf 'version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: %s\nhttp:\n  addr: %s\n' \
      "$DIR/storage" "$addr" >"$DIR/config.yml"
    # Own session: outlives this script, and a Ctrl-C in the caller's terminal does not reach it.
    setsid docker-registry serve "$DIR/config.yml" >>"$DIR/registry.log" 2>&1 </dev/null 9>&- &
    pid=$!
    for ((i = 0; i < 50; i++)); do
      ours "$pid" || break
      answers "$addr" && break
      sleep 0.2
    done
    # Another process may have taken the port in between: then ours has exited (bind failed) while the
    # other one answers. Only a live process of ours counts.
    sleep 0.2
    if ours "$pid" && answers "$addr"; then
      echo "$pid" >"$DIR/pid"; echo "$addr" >"$DIR/address"
      log "running on $addr (pid $pid, storage $DIR/storage)"
      echo "$addr"; return 0
    fi
    ours "$pid" && kill "$pid" 2>/dev/null
    log "port $port did not work, trying the next one (log: $DIR/registry.log)"
  done
  die "the registry did not start (log: $DIR/registry.log)"
}

push() {
  [[ $# -gt 0 ]] || die "push: name at least one image"
  local addr img path ref
  addr=$(running_address) || die "no registry runs for $DIR: run '$0 start' first"
  for img in "$@"; do
    [[ $img != *@* ]] || die "push: give a tag, not a digest: $img"
    docker image inspect "$img" >/dev/null 2>&1 || die "push: no local image $img"
    path=$img
    # Drop the registry host (a first component with a dot or a port, or localhost).
    if [[ $path == */* ]]; then
      local first=${path%%/*}
      [[ $first == *.* || $first == *:* || $first == localhost ]] && path=${path#*/}
    fi
    [[ $path == *:* ]] || path+=":latest"
    ref=$addr/$path
    docker tag "$img" "$ref"
    if ! docker push -q "$ref" >>"$DIR/registry.log" 2>&1; then
      docker image rm "$ref" >/dev/null 2>&1 || true
      die "push of $img to $ref failed (log: $DIR/registry.log)"
    fi
    docker image rm "$ref" >/dev/null   # only the temporary tag: the image keeps its own
    echo "$ref"
  done
}

stop() {
  local pid i
  pid=$(cat "$DIR/pid" 2>/dev/null || true)
  if ours "$pid"; then
    kill "$pid"
    for ((i = 0; i < 25; i++)); do ours "$pid" || break; sleep 0.2; done
    ours "$pid" && kill -9 "$pid"
    log "stopped (pid $pid)"
  fi
  rm -rf "$DIR/storage" "$DIR/pid" "$DIR/address" "$DIR/config.yml"
}

cmd=${1:-}; [[ $# -gt 0 ]] && shift
case $cmd in
  start|push|stop)
    mkdir -p "$DIR"
    exec 9>"$DIR/.lock"; flock -w 120 9 || die "another registry.sh holds $DIR/.lock"
    "$cmd" "$@" ;;
  address) running_address || { echo "no registry runs for $DIR" >&2; exit 1; } ;;
  install) install ;;
  -h|--help|help) usage ;;
  *) usage >&2; exit 2 ;;
esac
