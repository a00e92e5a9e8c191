#!/usr/bin/env bash
# Ensure a Docker engine with BuildKit + buildx (and the Compose v2 plugin) is running on this machine.
#
#  * If `docker info` already answers, the engine is left alone (a developer's own Docker); only an
#    engine this script installed earlier gets the Compose plugin added when it lacks it.
#  * Otherwise (Debian 12 host, root, no systemd): add Debian 13 as a low-priority apt source,
#    take exactly docker.io, docker-cli, docker-buildx, docker-compose and containerd from it (apt pin), install
#    the tools the stand-in images need (debootstrap, jq), enable the containerd image store,
#    start dockerd in the background and wait for it.
#  * Finally verify buildx and a BuildKit build using RUN --mount=type=cache, COPY --link and
#    FROM --platform=$BUILDPLATFORM.
#
# Idempotent: a second run with the engine up is a no-op; with the engine down it only starts it.
# Environment knobs:
#   DOCKERD_LOG=/var/log/dockerd.log   where dockerd's output goes
#   SLIM_CONTAINERD_STORE=1            0 = keep the classic image store (multi-arch stand-ins need 1)
#   SLIM_DOCKER_WAIT=60                seconds to wait for the daemon
# See docs/test-infrastructure.md.
set -euo pipefail

log() { printf '[ensure-docker] %s\n' "$*"; }
die() { printf '[ensure-docker] ERROR: %s\n' "$*" >&2; exit 1; }

DOCKERD_LOG=${DOCKERD_LOG:-/var/log/dockerd.log}
SLIM_CONTAINERD_STORE=${SLIM_CONTAINERD_STORE:-1}
SLIM_DOCKER_WAIT=${SLIM_DOCKER_WAIT:-60}
# docker-compose: Debian 13's is Compose v2 (the `docker compose` CLI plugin); Debian 12's is v1.
ENGINE_PKGS=(docker.io docker-cli docker-buildx docker-compose containerd)
TOOL_PKGS=(debootstrap jq curl unzip iptables ca-certificates)
APT_SOURCE=/etc/apt/sources.list.d/slim-docker-trixie.sources
APT_PIN=/etc/apt/preferences.d/slim-docker-trixie
export DEBIAN_FRONTEND=noninteractive

engine_up() { command -v docker >/dev/null 2>&1 && timeout 20 docker info >/dev/null 2>&1; }

server_version() { docker version --format '{{.Server.Version}}' 2>/dev/null || echo unknown; }

# ---------------------------------------------------------------------------------------------
verify_buildkit() {
  log "verifying buildx: $(docker buildx version 2>&1 | head -1)"
  docker buildx version >/dev/null 2>&1 || die "docker buildx is not available (install docker-buildx)"
  local tmp; tmp=$(mktemp -d)
  # A tiny base with a shell, made from the host's own dash (nothing can be pulled here).
  local probe=slim-standin/engine-check:sh
  if ! docker image inspect "$probe" >/dev/null 2>&1; then
    mkdir -p "$tmp/root/bin"
    cp -L /bin/dash "$tmp/root/bin/sh"
    ldd /bin/dash | grep -o '/[^ ]*' | while read -r lib; do
      mkdir -p "$tmp/root$(dirname "$lib")"; cp -L "$lib" "$tmp/root$lib"; done
    tar -C "$tmp/root" -c . | docker import - "$probe" >/dev/null
  fi
  mkdir -p "$tmp/ctx"
  cat >"$tmp/ctx/Dockerfile" <<'EOF'
FROM --platform=$BUILDPLATFORM slim-standin/engine-check:sh AS build
ARG TARGETARCH
RUN --mount=type=cache,target=/cache echo "built-for-$TARGETARCH" > /cache/probe && while read -r l; do echo "$l"; done < /cache/probe > /probe
FROM scratch
COPY --link --from=build /probe /probe
EOF
  if ! docker build --progress=plain --platform linux/amd64 --output "type=local,dest=$tmp/out" "$tmp/ctx" >"$tmp/build.log" 2>&1; then
    tail -n 30 "$tmp/build.log" >&2
    die "BuildKit test build (RUN --mount=type=cache, COPY --link, FROM --platform=\$BUILDPLATFORM) failed"
  fi
  [[ "$(cat "$tmp/out/probe")" == "built-for-amd64" ]] || die "BuildKit test build produced unexpected output"
  rm -rf "$tmp"
  log "BuildKit OK: RUN --mount=type=cache, COPY --link and FROM --platform=\$BUILDPLATFORM build"
}

have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

dockerd_ok() {
  # An installed dockerd that is new enough for BuildKit's COPY --link (23+) and a buildx plugin.
  command -v dockerd >/dev/null 2>&1 || return 1
  local v; v=$(dockerd --version 2>/dev/null | sed -n 's/^Docker version \([0-9]*\)\..*/\1/p')
  [[ -n "$v" && "$v" -ge 23 ]] || return 1
  docker buildx version >/dev/null 2>&1
}

# Mirror URI of the host's Debian 12 sources (deb822 *.sources first, then one-line *.list files).
bookworm_mirror() {
  local f uri
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    uri=$(awk '
      BEGIN { RS=""; FS="\n" }
      {
        types=""; suites=""; uris="";
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^#/) continue
          if ($i ~ /^Types:/)  { types=$i }
          if ($i ~ /^Suites:/) { suites=$i }
          if ($i ~ /^URIs:/)   { uris=$i }
        }
        if (types ~ /[: ]deb( |$)/ && suites ~ /[: ]bookworm( |$)/ && uris != "") {
          sub(/^URIs:[ \t]*/, "", uris); split(uris, u, /[ \t]+/); print u[1]; exit
        }
      }' "$f")
    [[ -n "$uri" ]] && { echo "$uri"; return; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] || continue
    uri=$(awk '$1 == "deb" { o = 2; if ($2 ~ /^\[/) { while ($o !~ /\]$/) o++; o++ }
                             if ($(o+1) == "bookworm") { print $o; exit } }' "$f")
    [[ -n "$uri" ]] && { echo "$uri"; return; }
  done
  return 1
}

compose_ok() { docker compose version >/dev/null 2>&1; }

# Writes the trixie source and its pin (Debian 12 hosts); the pin names ENGINE_PKGS, so rewriting it
# also covers packages added to the list later (docker-compose).
add_trixie_source() {
  local codename; codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  if [[ "$codename" == "bookworm" ]]; then
    local mirror; mirror=$(bookworm_mirror) || die "cannot find the Debian 12 (bookworm) mirror in /etc/apt/sources.list*"
    log "Debian 12 host: adding Debian 13 (trixie) from the same mirror as bookworm ($APT_SOURCE), pinned"
    cat >"$APT_SOURCE.new" <<EOF
# Added by build/engine/ensure-docker.sh: Debian 13, pinned by $APT_PIN so that only the
# Docker engine packages come from it.
Types: deb
URIs: $mirror
Suites: trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    cat >"$APT_PIN.new" <<EOF
# Added by build/engine/ensure-docker.sh: nothing from Debian 13 unless asked for ...
Package: *
Pin: release n=trixie
Pin-Priority: 100

# ... except exactly the Docker engine packages (runc and all libraries stay at Debian 12's).
Package: ${ENGINE_PKGS[*]}
Pin: release n=trixie
Pin-Priority: 990
EOF
    mv "$APT_SOURCE.new" "$APT_SOURCE"; mv "$APT_PIN.new" "$APT_PIN"
  else
    log "host is Debian '$codename': installing its own Docker packages (no pin needed)"
  fi
}

# install_packages PKG...: apt-get update, show the engine packages' candidates, install without
# starting any service.
install_packages() {
  log "apt-get update"
  apt-get update -qq >/tmp/slim-apt-update.log 2>&1 || { tail -20 /tmp/slim-apt-update.log >&2; die "apt-get update failed"; }
  local p
  for p in "$@"; do
    [[ " ${ENGINE_PKGS[*]} " == *" $p "* ]] || continue
    apt-cache show "$p" >/dev/null 2>&1 || die "package $p is not known to apt"
    log "  $p: candidate $(apt-cache policy "$p" | awk '/Candidate:/ {print $2}')"
  done
  # Debian's maintainer scripts would try to start the daemon through init scripts: stop them, we
  # start dockerd ourselves below (after writing daemon.json).
  local policy=/usr/sbin/policy-rc.d own_policy=0
  if [[ ! -e $policy ]]; then printf '#!/bin/sh\nexit 101\n' >$policy; chmod +x $policy; own_policy=1; fi
  log "apt-get install $* (log: /tmp/slim-apt-install.log)"
  if ! apt-get install -y -q --no-install-recommends "$@" >/tmp/slim-apt-install.log 2>&1; then
    [[ $own_policy -eq 1 ]] && rm -f $policy
    tail -30 /tmp/slim-apt-install.log >&2; die "apt-get install failed"
  fi
  [[ $own_policy -eq 1 ]] && rm -f $policy
  for p in "$@" runc; do
    [[ " ${ENGINE_PKGS[*]} runc " == *" $p "* ]] && log "  installed $p $(dpkg-query -W -f='${Version}' "$p")"
  done
  return 0
}

# ---------------------------------------------------------------------------------------------
if engine_up; then
  log "a Docker engine already answers: server $(server_version), storage driver $(docker info --format '{{.Driver}}' 2>/dev/null); leaving it alone"
  docker buildx version >/dev/null 2>&1 || log "WARNING: docker buildx is missing; multi-platform tests will fail"
  [[ "$(docker info --format '{{json .DriverStatus}}' 2>/dev/null)" == *io.containerd.snapshotter* ]] \
    || log "note: this engine uses the classic image store: stand-ins will be amd64-only (no linux/arm64 builds)"
  if ! compose_ok; then
    # Our own engine (the pin file is ours) from before Compose was part of it: add the plugin.
    if [[ -f $APT_PIN && $(id -u) -eq 0 ]]; then
      log "this engine was installed by this script without the Compose plugin: adding docker-compose"
      add_trixie_source; install_packages docker-compose
      compose_ok || die "docker compose still does not answer after installing docker-compose"
    else
      log "note: no 'docker compose' (Compose v2 plugin); tests that use Compose will fail"
    fi
  fi
  compose_ok && log "compose: $(docker compose version 2>/dev/null)"
  exit 0
fi

[[ $(id -u) -eq 0 ]] || die "no Docker engine answers and this script needs root to install/start one"

missing_tools=()
for p in "${TOOL_PKGS[@]}"; do have_pkg "$p" || missing_tools+=("$p"); done
if dockerd_ok && compose_ok && [[ ${#missing_tools[@]} -eq 0 ]]; then
  log "Docker engine already installed: $(dockerd --version)"
else
  add_trixie_source
  install_packages "${ENGINE_PKGS[@]}" "${TOOL_PKGS[@]}"
fi

# containerd image store: lets one tag hold an amd64 and an arm64 variant (multi-arch stand-ins).
if [[ "$SLIM_CONTAINERD_STORE" == "1" ]]; then
  mkdir -p /etc/docker
  cfg=/etc/docker/daemon.json
  [[ -s $cfg ]] || echo '{}' >$cfg
  if [[ "$(jq -r '.features["containerd-snapshotter"] // false' $cfg)" != "true" ]]; then
    log "enabling the containerd image store in $cfg"
    jq '.features["containerd-snapshotter"] = true' $cfg >$cfg.new && mv $cfg.new $cfg
  fi
fi

if ! engine_up; then
  if pgrep -x dockerd >/dev/null 2>&1; then
    log "dockerd is running but does not answer yet; waiting"
  else
    # dockerd starts and supervises its own containerd when no system containerd socket exists.
    log "starting dockerd in the background (log: $DOCKERD_LOG)"
    setsid nohup dockerd >"$DOCKERD_LOG" 2>&1 </dev/null &
  fi
  for ((i = 0; i < SLIM_DOCKER_WAIT; i++)); do
    engine_up && break
    sleep 1
  done
  engine_up || { tail -n 30 "$DOCKERD_LOG" >&2 || true; die "dockerd did not answer within ${SLIM_DOCKER_WAIT}s (see $DOCKERD_LOG)"; }
fi
log "Docker engine up: server $(server_version), storage $(docker info --format '{{.Driver}}' 2>/dev/null), after ${i:-0}s"

verify_buildkit
compose_ok || die "docker compose does not answer (package docker-compose, Compose v2)"
log "compose: $(docker compose version)"
log "done"
