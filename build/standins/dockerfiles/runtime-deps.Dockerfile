# Stand-in for mcr.microsoft.com/dotnet/runtime-deps:<ver> (full): Debian 12 minbase rootfs made by
# debootstrap (with ca-certificates, libicu72, libssl3, zlib1g, libstdc++6, tzdata already in it),
# user app (1654) defined but not switched to, like Microsoft's full images.
ARG ROOTFS=slim-standin/rootfs:bookworm
FROM ${ROOTFS}
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
RUN groupadd --system --gid=1654 app \
 && useradd --no-log-init --system --uid=1654 --gid=app --create-home app
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
CMD ["bash"]
