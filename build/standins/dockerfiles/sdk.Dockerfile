# Stand-in for mcr.microsoft.com/dotnet/sdk:10.0-noble (also tagged 10.0, 8.0-noble, 8.0): the full
# runtime-deps stand-in + the build tools of the real sdk image + the host's whole /usr/share/dotnet
# (named build context "dotnet") + the host's locally added CA certificates (named context "hostca"),
# so that `dotnet restore` inside `docker build` trusts the TLS-intercepting proxy.
ARG BASE=mcr.microsoft.com/dotnet/runtime-deps:10.0
FROM ${BASE}
ARG DOTNET_SDK_VERSION DOTNET_VERSION ASPNET_VERSION
ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    DOTNET_USE_POLLING_FILE_WATCHER=true \
    NUGET_XMLDOC_MODE=skip \
    NUGET_CERT_REVOCATION_MODE=offline \
    DOTNET_SDK_VERSION=${DOTNET_SDK_VERSION} \
    DOTNET_VERSION=${DOTNET_VERSION} \
    ASPNET_VERSION=${ASPNET_VERSION}
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl git wget libatomic1 unzip xz-utils procps \
 && rm -rf /var/lib/apt/lists/*
COPY --link --from=hostca . /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null
COPY --link --from=dotnet . /usr/share/dotnet/
RUN ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet && dotnet --version
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
