# Stand-in for mcr.microsoft.com/dotnet/sdk:10.0-noble-aot: the sdk stand-in + the Native AOT
# toolchain (clang, lld, zlib1g-dev) from Debian 12.
ARG BASE=mcr.microsoft.com/dotnet/sdk:10.0-noble
FROM ${BASE}
RUN apt-get update \
 && apt-get install -y --no-install-recommends clang lld zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
