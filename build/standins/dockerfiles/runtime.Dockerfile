# Stand-in for mcr.microsoft.com/dotnet/runtime:<tag>: the matching runtime-deps stand-in (full or
# chiseled, passed as BASE) + the Microsoft.NETCore.App shared framework, host/fxr and the dotnet
# muxer under /usr/share/dotnet, and /usr/bin/dotnet -> ../share/dotnet/dotnet.
# Build context: a staged layout with usr/share/dotnet/... and usr/bin/dotnet.
ARG BASE
FROM ${BASE}
ARG DOTNET_VERSION
ENV DOTNET_VERSION=${DOTNET_VERSION}
COPY --link . /
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
