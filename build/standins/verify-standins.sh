#!/usr/bin/env bash
# Checks the stand-in images that build-standins.sh made.
#
#   build/standins/verify-standins.sh quick   shape checks + apps published on the host run in them; web:
#                                             nginx serves as uid 101, npm ci in node builds, compose (~1-2 min cold)
#   build/standins/verify-standins.sh full    quick + docker builds: sdk restore/publish (net10 + net8),
#                                             multi-arch (linux/arm64 final stage), Native AOT, PublishContainer
#                                             from the local registry (build/standins/registry.sh) (~3-4 min)
#
# Every check prints PASS/FAIL; the last line is "N passed, N failed". Exit code 1 on any failure.
# Apps are written to $SLIM_STANDINS_CACHE/verify (outside the repository, so that no
# Directory.Build.props of the repository applies to them) and published once per source hash.
set -euo pipefail
shopt -s inherit_errexit

MODE=${1:-quick}
[[ $MODE == quick || $MODE == full ]] || { echo "usage: $0 [quick|full]" >&2; exit 2; }
CACHE=${SLIM_STANDINS_CACHE:-/var/cache/slim-standins}
W=$CACHE/verify
MCR=mcr.microsoft.com/dotnet
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 NUGET_CERT_REVOCATION_MODE=offline \
       BUILDX_NO_DEFAULT_ATTESTATIONS=1 DOCKER_CLI_HINTS=false
mkdir -p "$W/logs"
START=$SECONDS
PASSED=0 FAILED=0
pass() { PASSED=$((PASSED + 1)); printf '  PASS %s\n' "$*"; }
fail() { FAILED=$((FAILED + 1)); printf '  FAIL %s\n' "$*"; }
log() { printf '[verify %3ds] %s\n' "$((SECONDS - START))" "$*"; }
have() { docker image inspect "$1" >/dev/null 2>&1; }
cfg() { docker image inspect -f "$2" "$1" 2>/dev/null; }
env_of() { cfg "$1" '{{range .Config.Env}}{{println .}}{{end}}'; }

# ---------------------------------------------------------------- image shape
log "image shape (user, env, aliases, no shell in chiseled)"
for v in 10.0 8.0; do
  for repo in runtime-deps runtime aspnet; do
    full=$MCR/$repo:$v ch=$MCR/$repo:$v-noble-chiseled ex=$MCR/$repo:$v-noble-chiseled-extra
    have "$full" || { log "  ($full not built: skipping $repo $v)"; continue; }
    for img in "$full" "$ch" "$ex"; do
      e=$(env_of "$img")
      if grep -qx APP_UID=1654 <<<"$e" && grep -qx ASPNETCORE_HTTP_PORTS=8080 <<<"$e" && grep -qx DOTNET_RUNNING_IN_CONTAINER=true <<<"$e"; then
        pass "$img: APP_UID, ASPNETCORE_HTTP_PORTS, DOTNET_RUNNING_IN_CONTAINER"
      else fail "$img: env is $(tr '\n' ' ' <<<"$e")"; fi
    done
    [[ -z "$(cfg "$full" '{{.Config.User}}')" ]] && pass "$full: no USER (like Microsoft's full images)" || fail "$full: USER is set"
    out=$(docker run --rm "$full" sh -c 'id -u app; id -g app; test -d /home/app && echo home' 2>&1 | tr "\n" " " || true)
    [[ $out == "1654 1654 home " ]] && pass "$full: user app 1654:1654 with home, /bin/sh present" || fail "$full: app user: $out"
    for img in "$ch" "$ex"; do
      [[ "$(cfg "$img" '{{.Config.User}}')" == 1654 ]] && pass "$img: USER 1654" || fail "$img: USER is $(cfg "$img" '{{.Config.User}}')"
      if docker run --rm --entrypoint /bin/sh "$img" -c true >/dev/null 2>&1; then fail "$img: /bin/sh runs"
      else pass "$img: no /bin/sh"; fi
    done
    grep -qx DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true <<<"$(env_of "$ch")" && pass "$ch: globalization invariant" || fail "$ch: DOTNET_SYSTEM_GLOBALIZATION_INVARIANT not true"
    grep -q '^DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=' <<<"$(env_of "$ex")" && fail "$ex: sets DOTNET_SYSTEM_GLOBALIZATION_INVARIANT" || pass "$ex: no DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"
    # aliases are the same image
    a=$(cfg "$MCR/$repo:$v" '{{.Id}}'); b=$(cfg "$MCR/$repo:$v-noble" '{{.Id}}')
    [[ -n $a && $a == "$b" ]] && pass "$repo:$v-noble = $repo:$v" || fail "$repo:$v-noble differs from $repo:$v"
  done
done
if have "$MCR/sdk:10.0-noble"; then
  for t in 10.0 8.0-noble 8.0; do
    [[ "$(cfg "$MCR/sdk:$t" '{{.Id}}')" == "$(cfg "$MCR/sdk:10.0-noble" '{{.Id}}')" ]] && pass "sdk:$t = sdk:10.0-noble" || fail "sdk:$t is not sdk:10.0-noble"
  done
  e=$(env_of "$MCR/sdk:10.0-noble")
  miss=""
  for kv in DOTNET_RUNNING_IN_CONTAINER=true DOTNET_USE_POLLING_FILE_WATCHER=true NUGET_XMLDOC_MODE=skip DOTNET_NOLOGO=1 \
            DOTNET_CLI_TELEMETRY_OPTOUT=1 NUGET_CERT_REVOCATION_MODE=offline; do grep -qx "$kv" <<<"$e" || miss+=" $kv"; done
  [[ -z $miss ]] && pass "sdk:10.0-noble env" || fail "sdk:10.0-noble env lacks$miss"
  out=$(docker run --rm "$MCR/sdk:10.0-noble" sh -c 'dotnet --version; git --version >/dev/null && curl --version >/dev/null && echo tools' 2>&1 | tr "\n" " " || true)
  [[ $out == "$(dotnet --version) tools " ]] && pass "sdk:10.0-noble: dotnet $(dotnet --version), git, curl" || fail "sdk:10.0-noble: $out"
  if ls /usr/local/share/ca-certificates/*.crt >/dev/null 2>&1; then
    docker run --rm "$MCR/sdk:10.0-noble" cat /etc/ssl/certs/ca-certificates.crt >"$W/sdk-bundle.pem"
    n=0
    for crt in /usr/local/share/ca-certificates/*.crt; do
      line=$(grep -v -- '-----' "$crt" | sed -n 3p)   # a line of the base64 body identifies the cert
      grep -qF -- "$line" "$W/sdk-bundle.pem" || n=$((n + 1))
    done
    [[ $n -eq 0 ]] && pass "sdk:10.0-noble trusts the host's local CA certificates" || fail "sdk:10.0-noble misses $n host CA certificate(s)"
  fi
  have "$MCR/sdk:10.0-noble-aot" && {
    out=$(docker run --rm "$MCR/sdk:10.0-noble-aot" sh -c 'command -v clang && command -v ld.lld && test -f /usr/include/zlib.h && echo ok' 2>&1 | tail -1 || true)
    [[ $out == ok ]] && pass "sdk:10.0-noble-aot: clang, lld, zlib headers" || fail "sdk:10.0-noble-aot: $out"
  }
fi

# ---------------------------------------------------------------- apps published on the host
write_apps() {
  mkdir -p "$W/src/GlobCheck" "$W/src/WebCheck"
  cat >"$W/src/GlobCheck/GlobCheck.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
  </PropertyGroup>
</Project>
EOF
  cat >"$W/src/GlobCheck/Program.cs" <<'EOF'
using System.Globalization;

static string Try(Func<string> f)
{
    try { return f(); } catch (Exception e) { return "ERR:" + e.GetType().Name; }
}

var culture = Try(() =>
{
    var de = new CultureInfo("de-DE");
    return (1234.56m).ToString("N2", de) + "_" + new DateTime(2024, 1, 15).ToString("dddd", de);
});
var tz = Try(() =>
{
    var z = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    return z.Id + "_" + z.GetUtcOffset(new DateTime(2024, 7, 1, 12, 0, 0, DateTimeKind.Utc));
});
Console.WriteLine($"runtime={Environment.Version} culture={culture} tz={tz}");
EOF
  cat >"$W/src/WebCheck/WebCheck.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFrameworks>net10.0;net8.0</TargetFrameworks>
    <ImplicitUsings>enable</ImplicitUsings>
    <Nullable>enable</Nullable>
    <SatelliteResourceLanguages>en</SatelliteResourceLanguages>
  </PropertyGroup>
</Project>
EOF
  cat >"$W/src/WebCheck/Program.cs" <<'EOF'
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/", () => $"ok {Environment.Version}");
app.Run();
EOF
}
write_apps
SRC_HASH=$(cat "$W"/src/*/*.cs "$W"/src/*/*.csproj | sha256sum | cut -c1-16)
publish() { # APP TFM -> folder
  local out=$W/bin/$1-$2-$SRC_HASH
  if [[ ! -f $out/.complete ]]; then
    rm -rf "$out"
    (cd "$W/src/$1" && dotnet publish -c Release -f "$2" -o "$out" -nr:false >"$W/logs/publish-$1-$2.log" 2>&1) \
      || { tail -n 20 "$W/logs/publish-$1-$2.log" >&2; return 1; }
    chmod -R a+rX "$out"; touch "$out/.complete"
  fi
  echo "$out"
}

log "culture + time zone (GlobCheck, framework-dependent, published on the host)"
glob_expect_icu='culture=1.234,56_Montag tz=Europe/Berlin_02:00:00'
glob_expect_inv='culture=ERR:CultureNotFoundException tz=ERR:TimeZoneNotFoundException'
for v in 10.0 8.0; do
  have "$MCR/runtime:$v" || continue
  tfm=net${v}; bin=$(publish GlobCheck "$tfm") || { fail "publish GlobCheck $tfm on the host"; continue; }
  for img in "$MCR/runtime:$v" "$MCR/runtime:$v-noble-chiseled-extra" "$MCR/aspnet:$v-noble-chiseled-extra" "$MCR/runtime:$v-noble-chiseled"; do
    out=$(docker run --rm -v "$bin:/app:ro" -w /app "$img" ./GlobCheck 2>&1 | tail -1 || true)
    case $img in *-noble-chiseled) want=$glob_expect_inv ;; *) want=$glob_expect_icu ;; esac
    if [[ $out == "runtime=$v."*" $want" ]]; then pass "$img: $out"; else fail "$img: got '$out', want '... $want'"; fi
  done
done

log "ASP.NET Core (WebCheck answers HTTP 200 on 8080, published to 127.0.0.1)"
web_check() { # IMAGE BIN
  local cid port code i
  cid=$(docker run -d -p 127.0.0.1::8080 -v "$2:/app:ro" -w /app "$1" ./WebCheck) || { fail "$1: container did not start"; return; }
  port=$(docker port "$cid" 8080/tcp | head -1 | sed 's/.*://')
  code=000
  for ((i = 0; i < 40; i++)); do
    code=$(curl -s -o "$W/web.out" -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)
    [[ $code == 200 ]] && break; sleep 0.25
  done
  if [[ $code == 200 ]]; then pass "$1: HTTP 200 '$(cat "$W/web.out")'"
  else fail "$1: HTTP $code; log: $(docker logs "$cid" 2>&1 | tail -3 | tr '\n' ' ')"; fi
  docker rm -f "$cid" >/dev/null
}
for v in 10.0 8.0; do
  have "$MCR/aspnet:$v" || continue
  bin=$(publish WebCheck "net$v") || { fail "publish WebCheck net$v on the host"; continue; }
  for img in "$MCR/aspnet:$v" "$MCR/aspnet:$v-noble-chiseled" "$MCR/aspnet:$v-noble-chiseled-extra"; do web_check "$img" "$bin"; done
done

# ---------------------------------------------------------------- web: nginx-unprivileged, node, compose
dbuild() { # LOGNAME ARGS... (docker buildx build, log to file)
  local name=$1; shift
  docker buildx build --progress=plain --provenance=false "$@" >"$W/logs/build-$name.log" 2>&1 \
    || { tail -n 25 "$W/logs/build-$name.log" | sed 's/^/    | /'; return 1; }
}
http_wait() { # URL [OUTFILE]: prints the final HTTP code after up to 10 s of retries
  local code=000 i
  for ((i = 0; i < 40; i++)); do
    code=$(curl -s -o "${2:-/dev/null}" -w '%{http_code}' --max-time 2 "$1" || true)
    [[ $code == 000 ]] || break; sleep 0.25
  done
  echo "$code"
}
NGINX=nginxinc/nginx-unprivileged:stable
if have "$NGINX"; then
  log "nginx-unprivileged: shape, uid 101 on 8080, a Dockerfile that replaces default.conf, no brotli"
  [[ "$(cfg "$NGINX" '{{.Id}}')" == "$(cfg "${NGINX}-alpine-slim" '{{.Id}}')" ]] && pass "nginx-unprivileged:stable-alpine-slim = :stable" \
    || fail "nginx-unprivileged:stable-alpine-slim is not :stable"
  shape=$(cfg "$NGINX" '{{.Config.User}}|{{json .Config.ExposedPorts}}|{{json .Config.Entrypoint}}|{{json .Config.Cmd}}|{{.Config.StopSignal}}')
  [[ $shape == '101|{"8080/tcp":{}}|["/docker-entrypoint.sh"]|["nginx","-g","daemon off;"]|SIGQUIT' ]] \
    && pass "$NGINX: USER 101, EXPOSE 8080, ENTRYPOINT, CMD nginx -g 'daemon off;', STOPSIGNAL SIGQUIT" || fail "$NGINX: config $shape"
  out=$(docker run --rm "$NGINX" sh -c 'id -un; id -u; id -g; test -w /etc/nginx/conf.d && echo conf-writable' 2>&1 | tr '\n' ' ' || true)
  [[ $out == "nginx 101 101 conf-writable " ]] && pass "$NGINX: runs as nginx 101:101, /etc/nginx/conf.d writable" || fail "$NGINX: $out"
  # The effective configuration (nginx -T) as the image ships it.
  conf=$(docker run --rm "$NGINX" nginx -T 2>&1 || true)
  miss=""
  for want in 'pid        /tmp/nginx.pid;' 'client_body_temp_path /tmp/client_temp;' 'include       /etc/nginx/mime.types;' \
              'include /etc/nginx/conf.d/*.conf;' 'listen       8080;' 'root   /usr/share/nginx/html;' 'application/wasm'; do
    grep -qF -- "$want" <<<"$conf" || miss+=" '$want'"
  done
  grep -qE '^[[:space:]]*(user|load_module)[[:space:]]' <<<"$conf" && miss+=" (has a user or load_module line)"
  [[ -z $miss ]] && pass "$NGINX: nginx -T: pid + temp paths in /tmp, mime.types with wasm, conf.d/*.conf, listen 8080, no load_module" \
    || fail "$NGINX: nginx -T lacks$miss"
  # brotli must be unknown, as in the upstream images (a config using it must not pass here).
  mkdir -p "$W/web/brotli"; printf 'server { listen 8080; brotli_static on; }\n' >"$W/web/brotli/default.conf"; chmod -R a+rX "$W/web"
  out=$(docker run --rm -v "$W/web/brotli:/etc/nginx/conf.d:ro" "$NGINX" nginx -t 2>&1 || true)
  [[ $out == *'unknown directive "brotli_static"'* ]] && pass "$NGINX: brotli_static is an unknown directive (no brotli, like upstream)" \
    || fail "$NGINX: brotli_static: $out"
  # What a generated Dockerfile does: replace default.conf, copy a static site in, run.
  mkdir -p "$W/web/site/html/_framework"
  cat >"$W/web/site/default.conf" <<'EOF'
types { application/octet-stream dat; }
server {
    listen 8080;
    root /usr/share/nginx/html;
    gzip_static on;
    location /_framework/ { try_files $uri =404; }
    location / { try_files $uri $uri/ /index.html =404; }
}
EOF
  echo '<!doctype html><title>spa</title>spa-index' >"$W/web/site/html/index.html"
  gzip -kf9n "$W/web/site/html/index.html"
  printf '\0asm\1\0\0\0' >"$W/web/site/html/_framework/app.wasm"
  printf 'FROM %s\nCOPY default.conf /etc/nginx/conf.d/default.conf\nCOPY html/ /usr/share/nginx/html/\nEXPOSE 8080\n' "$NGINX" >"$W/web/site/Dockerfile"
  if dbuild nginx-site -t slim-verify/nginx-site --load "$W/web/site"; then
    cid=$(docker run -d -p 127.0.0.1::8080 slim-verify/nginx-site) || cid=none
    port=$(docker port "$cid" 8080/tcp 2>/dev/null | head -1 | sed 's/.*://')
    u=http://127.0.0.1:$port
    code=$(http_wait "$u/counter" "$W/web/out")
    wasm=$(curl -s -o /dev/null -w '%{http_code} %{content_type}' "$u/_framework/app.wasm" || true)
    miss=$(curl -s -o /dev/null -w '%{http_code}' "$u/_framework/missing.wasm" || true)
    gz=$(curl -s -D - -o /dev/null -H 'Accept-Encoding: gzip' "$u/index.html" | tr -d '\r' | awk -F': ' 'tolower($1) == "content-encoding" { print $2 }' || true)
    uids=$(docker top "$cid" -o uid,pid 2>/dev/null | tail -n +2 | awk '{ print $1 }' | sort -u | tr '\n' ' ' || true)
    if [[ $code == 200 && $(cat "$W/web/out") == *spa-index* && $wasm == "200 application/wasm" && $miss == 404 && $gz == gzip && $uids == "101 " ]]; then
      pass "Dockerfile FROM $NGINX with its own default.conf: /counter -> index.html, .wasm as application/wasm, gzip_static, every process uid 101"
    else
      fail "nginx site: /counter $code, wasm '$wasm', missing $miss, gzip '$gz', uids '$uids'; log: $(docker logs "$cid" 2>&1 | tail -3 | tr '\n' ' ')"
    fi
    docker rm -f "$cid" >/dev/null 2>&1 || true
  else fail "docker build FROM $NGINX"; fi

  log "docker compose: config, up -d --wait (healthcheck), down"
  if docker compose version >/dev/null 2>&1; then
    mkdir -p "$W/web/compose"
    cat >"$W/web/compose/compose.yaml" <<EOF
services:
  web:
    image: slim-verify/nginx-site
    ports: ["127.0.0.1::8080"]
    healthcheck:
      test: ["CMD", "curl", "-fsS", "http://127.0.0.1:8080/"]
      interval: 1s
      retries: 30
EOF
    proj=slim-verify-$$
    dc() { docker compose -p "$proj" -f "$W/web/compose/compose.yaml" "$@"; }
    if dc config -q >"$W/logs/compose.log" 2>&1 && dc up -d --wait >>"$W/logs/compose.log" 2>&1; then
      code=$(http_wait "http://$(dc port web 8080)/counter")
      dc down >>"$W/logs/compose.log" 2>&1 || true
      left=$(docker ps -aq --filter "label=com.docker.compose.project=$proj" | wc -l)
      [[ $code == 200 && $left == 0 ]] && pass "docker compose $(docker compose version --short): up --wait healthy, HTTP 200, down removes it" \
        || fail "docker compose: HTTP $code, $left container(s) left after down"
    else
      fail "docker compose config/up failed: $(tail -3 "$W/logs/compose.log" | tr '\n' ' ')"; dc down >/dev/null 2>&1 || true
    fi
  else
    fail "no 'docker compose' (run build/engine/ensure-docker.sh: it installs Debian 13's docker-compose, Compose v2)"
  fi
  docker image rm -f slim-verify/nginx-site >/dev/null 2>&1 || true
fi

node_images=$(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep -E '^node:[0-9]+-bookworm-slim$' | sort -V || true)
if [[ -n $node_images ]]; then
  log "node: versions, user node, entrypoint, yarn/corepack as upstream, npm ci inside docker build"
  mkdir -p "$W/web/npm"
  cat >"$W/web/npm/package.json" <<'EOF'
{
  "name": "npm-ci-check",
  "version": "1.0.0",
  "private": true,
  "dependencies": {
    "is-number": "7.0.0"
  }
}
EOF
  # No "resolved" URLs: npm fetches from its configured registry; the integrity is still checked.
  cat >"$W/web/npm/package-lock.json" <<'EOF'
{
  "name": "npm-ci-check",
  "version": "1.0.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "npm-ci-check",
      "version": "1.0.0",
      "dependencies": {
        "is-number": "7.0.0"
      }
    },
    "node_modules/is-number": {
      "version": "7.0.0",
      "integrity": "sha512-41Cifkg6e8TylSpdtTpeLVMqvSBEVzTttHvERD741+pnZ8ANv0004MRL43QKPDlK9cGvNp6NZWZUBlbGXYxxng==",
      "license": "MIT",
      "engines": {
        "node": ">=0.12.0"
      }
    }
  }
}
EOF
  for img in $node_images; do
    major=${img#node:}; major=${major%%-*}
    nv=$(env_of "$img" | sed -n 's/^NODE_VERSION=//p')
    npmv=$(cfg "$img" '{{index .Config.Labels "org.slim-docker-build.standin.npm"}}')
    out=$(docker run --rm "$img" sh -c 'node --version; npm --version; id -u node; id -g node; test -d /home/node && echo home' 2>&1 | tr '\n' ' ' || true)
    [[ $nv == "$major".* && $out == "v$nv $npmv 1000 1000 home " ]] && pass "$img: node v$nv, npm $npmv, user node 1000:1000 with home" \
      || fail "$img: NODE_VERSION '$nv', npm label '$npmv', got: $out"
    out=$(docker run --rm "$img" -p '6 * 7' 2>&1 || true)
    [[ $out == 42 ]] && pass "$img: docker-entrypoint.sh runs '-p ...' with node" || fail "$img: entrypoint gave '$out'"
    out=$(docker run --rm "$img" sh -c 'echo "$YARN_VERSION"; yarn --version 2>/dev/null || echo none; corepack --version 2>/dev/null || echo none' 2>&1 | tr '\n' ' ' || true)
    if [[ $major -le 24 ]]; then want="1.22.22 1.22.22 $(cfg "$img" '{{index .Config.Labels "org.slim-docker-build.standin.corepack"}}') "
    else want=" none none "; fi
    [[ $out == "$want" && $want != *"  "* ]] && pass "$img: YARN_VERSION, yarn, corepack: ${out% }" || fail "$img: yarn/corepack '$out', want '$want'"
    # npm ci as user node in a build (registry through the proxy: NODE_EXTRA_CA_CERTS), then use the package.
    printf 'FROM %s\nUSER node\nWORKDIR /home/node/app\nCOPY --chown=node:node package.json package-lock.json ./\nRUN npm ci --no-audit --no-fund\n' \
      "$img" >"$W/web/npm/Dockerfile"
    if dbuild "npm-ci-$major" --no-cache -t "slim-verify/npm-ci:$major" --load "$W/web/npm"; then
      out=$(docker run --rm "slim-verify/npm-ci:$major" -p "require('is-number')('42') + ' ' + require('is-number/package.json').version" 2>&1 || true)
      [[ $out == "true 7.0.0" ]] && pass "$img: npm ci (package-lock.json, one registry package) in docker build as user node" \
        || fail "$img: after npm ci: $out"
    else fail "$img: npm ci in docker build"; fi
    docker image rm -f "slim-verify/npm-ci:$major" >/dev/null 2>&1 || true
  done
fi

# ---------------------------------------------------------------- docker builds (full)
if [[ $MODE == full ]]; then
  B=$W/builds; rm -rf "$B"; mkdir -p "$B"

  log "sdk: dotnet new + restore (NuGet through the proxy CA) + publish inside docker build, net10.0 and net8.0"
  mkdir -p "$B/sdk"
  cat >"$B/sdk/Dockerfile" <<'EOF'
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build10
WORKDIR /src/app10
RUN dotnet new console --no-restore \
 && dotnet add package Newtonsoft.Json --version 13.0.1 --no-restore \
 && dotnet restore \
 && dotnet publish -c Release --no-restore -o /out

FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build8
WORKDIR /src/app8
RUN dotnet new console --no-restore \
 && sed -i 's#<TargetFramework>net[0-9.]*</TargetFramework>#<TargetFramework>net8.0</TargetFramework>#' app8.csproj \
 && dotnet restore \
 && dotnet publish -c Release --no-restore -o /out

FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled AS final10
WORKDIR /app
COPY --link --from=build10 /out .
ENTRYPOINT ["dotnet", "app10.dll"]

FROM mcr.microsoft.com/dotnet/runtime:8.0-noble-chiseled AS final8
WORKDIR /app
COPY --link --from=build8 /out .
ENTRYPOINT ["./app8"]
EOF
  for v in 10 8; do
    if dbuild "sdk-net$v" --target "final$v" -t "slim-verify/sdk-net$v" --load "$B/sdk"; then
      out=$(docker run --rm "slim-verify/sdk-net$v" 2>&1 | tail -1 || true)
      [[ $out == "Hello, World!" ]] && pass "sdk:$v.0 restore+publish, runs on runtime:$v.0-noble-chiseled: $out" || fail "sdk net$v app printed '$out'"
    else fail "docker build FROM sdk (net$v)"; fi
  done

  log "multi-arch: build stage FROM --platform=\$BUILDPLATFORM sdk, final stage FROM aspnet:10.0-noble-chiseled[-extra], --platform linux/arm64"
  mkdir -p "$B/multi"
  cp "$W/src/WebCheck/Program.cs" "$B/multi/"
  sed 's#<TargetFrameworks>net10.0;net8.0</TargetFrameworks>#<TargetFramework>net10.0</TargetFramework>#' \
    "$W/src/WebCheck/WebCheck.csproj" >"$B/multi/WebCheck.csproj"
  printf '**/bin/\n**/obj/\n' >"$B/multi/.dockerignore"
  cat >"$B/multi/Dockerfile" <<'EOF'
ARG FINAL_BASE=mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0-noble AS build
ARG TARGETARCH
WORKDIR /src
COPY WebCheck.csproj .
RUN dotnet restore -a $TARGETARCH
COPY . .
RUN dotnet publish -c Release -a $TARGETARCH --no-restore -o /app

FROM ${FINAL_BASE}
WORKDIR /app
COPY --link --from=build /app .
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["./WebCheck"]
EOF
  for variant in noble-chiseled-extra noble-chiseled; do
    base=$MCR/aspnet:10.0-$variant
    if dbuild "multi-arm64-$variant" --platform linux/arm64 --build-arg "FINAL_BASE=$base" \
         -t "slim-verify/multi:arm64-$variant" --load "$B/multi"; then
      arch=$(cfg "slim-verify/multi:arm64-$variant" '{{.Os}}/{{.Architecture}}')
      rm -rf "$B/out-$variant"
      dbuild "multi-arm64-$variant-files" --platform linux/arm64 --build-arg "FINAL_BASE=$base" \
        -o "type=local,dest=$B/out-$variant" "$B/multi" || true
      machine=$(readelf -h "$B/out-$variant/app/WebCheck" 2>/dev/null | awk -F: '/Machine/ {gsub(/^ +/, "", $2); print $2}')
      [[ $arch == linux/arm64 && $machine == AArch64 ]] && pass "linux/arm64 build on $base: image $arch, apphost $machine" \
        || fail "linux/arm64 build on $base: image '$arch', apphost '$machine'"
    else fail "docker buildx build --platform linux/arm64 on $base"; fi
  done
  if dbuild multi-both --platform linux/amd64,linux/arm64 -t slim-verify/multi:both --load "$B/multi"; then
    pass "one --platform linux/amd64,linux/arm64 build on aspnet:10.0-noble-chiseled-extra"
    cid=$(docker run -d -p 127.0.0.1::8080 slim-verify/multi:both) || cid=none; port=$(docker port "$cid" 8080/tcp | head -1 | sed 's/.*://')
    code=000; for ((i = 0; i < 40; i++)); do code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true); [[ $code == 200 ]] && break; sleep 0.25; done
    [[ $code == 200 ]] && pass "its linux/amd64 variant runs: HTTP 200 (the amd64 base variant is intact)" || fail "amd64 variant of the multi-arch image: HTTP $code"
    docker rm -f "$cid" >/dev/null
  else fail "docker buildx build --platform linux/amd64,linux/arm64"; fi

  if have "$MCR/sdk:10.0-noble-aot"; then
    log "Native AOT: publish -p:PublishAot=true in sdk:10.0-noble-aot, run on runtime-deps:10.0-noble-chiseled"
    mkdir -p "$B/aot"
    cat >"$B/aot/Dockerfile" <<'EOF'
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build
WORKDIR /src/aotapp
RUN dotnet new console --no-restore \
 && dotnet publish -c Release -r linux-x64 -p:PublishAot=true -o /out

FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled
WORKDIR /app
COPY --link --from=build /out/aotapp .
ENTRYPOINT ["./aotapp"]
EOF
    if dbuild aot -t slim-verify/aot --load "$B/aot"; then
      out=$(docker run --rm slim-verify/aot 2>&1 | tail -1 || true)
      [[ $out == "Hello, World!" ]] && pass "Native AOT app runs on runtime-deps:10.0-noble-chiseled: $out" || fail "AOT app printed '$out'"
    else fail "Native AOT publish in sdk:10.0-noble-aot"; fi
  fi
  log "PublishContainer: base image pushed to the local registry (registry.sh), image loaded into the engine"
  base=$MCR/aspnet:10.0-noble-chiseled
  if have "$base"; then
    export SLIM_REGISTRY_DIR=$W/registry
    if reg=$(bash "$(dirname "${BASH_SOURCE[0]}")/registry.sh" start 2>>"$W/logs/registry.log") \
       && ref=$(bash "$(dirname "${BASH_SOURCE[0]}")/registry.sh" push "$base" 2>>"$W/logs/registry.log"); then
      mkdir -p "$B/pc"; cp "$B/multi/Program.cs" "$B/multi/WebCheck.csproj" "$B/pc/"
      if (cd "$B/pc" && DOTNET_CONTAINER_INSECURE_REGISTRIES=$reg dotnet publish -t:PublishContainer -c Release -nr:false \
            "-p:ContainerBaseImage=$ref" -p:ContainerRegistry= -p:ContainerRepository=slim-verify/publish-container \
            -p:ContainerImageTag=latest >"$W/logs/publish-container.log" 2>&1); then
        cid=$(docker run -d -p 127.0.0.1::8080 slim-verify/publish-container:latest) || cid=none
        port=$(docker port "$cid" 8080/tcp 2>/dev/null | head -1 | sed 's/.*://')
        code=$(http_wait "http://127.0.0.1:$port/")
        [[ $code == 200 ]] && pass "dotnet publish -t:PublishContainer FROM $ref: HTTP 200" || fail "PublishContainer image: HTTP $code"
        docker rm -f "$cid" >/dev/null 2>&1 || true
      else fail "dotnet publish -t:PublishContainer with $ref (log: $W/logs/publish-container.log)"; fi
    else fail "registry.sh start/push $base (log: $W/logs/registry.log)"; fi
    bash "$(dirname "${BASH_SOURCE[0]}")/registry.sh" stop 2>>"$W/logs/registry.log" || true
  fi

  mapfile -t refs < <(docker image ls --format '{{.Repository}}:{{.Tag}}' | grep '^slim-verify/' || true)
  [[ ${#refs[@]} -eq 0 ]] || docker image rm -f "${refs[@]}" >/dev/null
fi

log "logs: $W/logs"
echo "$PASSED passed, $FAILED failed"
[[ $FAILED -eq 0 ]]
