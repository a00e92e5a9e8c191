# Stand-in for nginxinc/nginx-unprivileged:stable (also tagged stable-alpine-slim): Debian 12's nginx
# 1.22 on the Debian 12 rootfs, shaped like the upstream unprivileged image in everything a Dockerfile
# relies on: user nginx 101:101 and USER 101, listen 8080, pid /tmp/nginx.pid, temp paths in /tmp,
# /etc/nginx/nginx.conf that includes mime.types and conf.d/*.conf, the server in conf.d/default.conf
# (a Dockerfile replaces it with COPY), document root /usr/share/nginx/html, logs to stdout/stderr,
# /etc/nginx and /var/cache/nginx owned by 101:0 and group-writable, /docker-entrypoint.sh running
# /docker-entrypoint.d, STOPSIGNAL SIGQUIT, CMD ["nginx", "-g", "daemon off;"].
# Deliberately left out: Debian's sites-*/modules-*/snippets/proxy_params/fastcgi.conf (upstream has no
# such files, so a config that includes them must fail here too) and every dynamic module, brotli above
# all: upstream images have no brotli, so `brotli_static on;` must fail here as it does for real users.
ARG ROOTFS=slim-standin/rootfs:bookworm
FROM ${ROOTFS}
ARG UID=101
ARG GID=101
# policy-rc.d: the package's maintainer scripts must not try to start a service during the build.
RUN groupadd --system --gid "$GID" nginx \
 && useradd --system --no-log-init --uid "$UID" --gid nginx --home-dir /nonexistent --no-create-home \
      --shell /bin/false --comment "nginx user" nginx \
 && printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d \
 && apt-get update \
 && apt-get install -y --no-install-recommends --no-install-suggests nginx gettext-base curl \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb /usr/sbin/policy-rc.d \
 && rm -rf /etc/nginx/sites-available /etc/nginx/sites-enabled /etc/nginx/modules-available \
      /etc/nginx/modules-enabled /etc/nginx/snippets /etc/nginx/proxy_params /etc/nginx/fastcgi.conf \
      /etc/default/nginx /etc/init.d/nginx /etc/logrotate.d/nginx /etc/ufw /var/www \
 && mkdir -p /usr/lib/nginx/modules /var/cache/nginx /docker-entrypoint.d \
 && ln -s /usr/lib/nginx/modules /etc/nginx/modules \
 && ln -sf /dev/stdout /var/log/nginx/access.log \
 && ln -sf /dev/stderr /var/log/nginx/error.log \
 && grep -q 'application/wasm' /etc/nginx/mime.types
COPY nginx/nginx.conf /etc/nginx/nginx.conf
COPY nginx/default.conf /etc/nginx/conf.d/default.conf
COPY nginx/50x.html /usr/share/nginx/html/50x.html
COPY --chmod=755 nginx/docker-entrypoint.sh /docker-entrypoint.sh
COPY --chmod=755 nginx/20-envsubst-on-templates.sh /docker-entrypoint.d/20-envsubst-on-templates.sh
RUN chown -R "$UID:0" /var/cache/nginx /etc/nginx \
 && chmod -R g+w /var/cache/nginx /etc/nginx \
 && nginx -t -q && rm -rf /tmp/* /tmp/.[!.]*
ARG STANDIN_HASH=none
ARG STANDIN_DESCRIPTION=
LABEL org.slim-docker-build.standin.hash=${STANDIN_HASH} \
      org.opencontainers.image.description="${STANDIN_DESCRIPTION}"
ENTRYPOINT ["/docker-entrypoint.sh"]
EXPOSE 8080
STOPSIGNAL SIGQUIT
USER ${UID}
CMD ["nginx", "-g", "daemon off;"]
