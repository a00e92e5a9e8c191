# Stand-in for mcr.microsoft.com/dotnet/aspnet:<tag>: the matching runtime stand-in (BASE) + the
# Microsoft.AspNetCore.App shared framework. Build context: usr/share/dotnet/shared/Microsoft.AspNetCore.App/<ver>.
ARG BASE
FROM ${BASE}
ARG ASPNET_VERSION
ENV ASPNET_VERSION=${ASPNET_VERSION}
COPY --link . /
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
