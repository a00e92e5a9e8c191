# Stand-ins for mcr.microsoft.com/dotnet/runtime-deps:<ver>-noble-chiseled (target "chiseled") and
# -noble-chiseled-extra (target "chiseled-extra"). FROM scratch: no shell, no package manager.
ARG CHISEL=slim-standin/chisel:bookworm
FROM --platform=linux/amd64 ${CHISEL} AS chisel

FROM scratch AS chiseled
COPY --link --from=chisel /out/base/ /
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true
USER 1654
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"

# -extra: ICU + time zones, globalization on (no DOTNET_SYSTEM_GLOBALIZATION_INVARIANT at all).
FROM scratch AS chiseled-extra
COPY --link --from=chisel /out/base/ /
COPY --link --from=chisel /out/extra/ /
ENV APP_UID=1654 \
    ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_RUNNING_IN_CONTAINER=true
USER 1654
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
