# Internal image slim-standin/chisel:bookworm: the file sets of the chiseled-like stand-ins
# (/out/base, /out/extra, /out/skeleton), cut out of the debootstrap rootfs by chisel.sh.
# Build context: build/standins (for chisel.sh).
ARG ROOTFS=slim-standin/rootfs:bookworm
FROM ${ROOTFS}
RUN --mount=type=bind,source=chisel.sh,target=/tmp/chisel.sh bash /tmp/chisel.sh /out
ARG STANDIN_HASH=none
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH}
