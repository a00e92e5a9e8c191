#!/bin/sh
# nginx-unprivileged stand-in (build/standins): /etc/nginx/templates/**/X.template -> conf.d/X, with only
# the variables defined in the environment substituted (NGINX_ENVSUBST_TEMPLATE_DIR, _SUFFIX, _OUTPUT_DIR).
set -e
dir=${NGINX_ENVSUBST_TEMPLATE_DIR:-/etc/nginx/templates}
suffix=${NGINX_ENVSUBST_TEMPLATE_SUFFIX:-.template}
out=${NGINX_ENVSUBST_OUTPUT_DIR:-/etc/nginx/conf.d}
[ -d "$dir" ] || exit 0
[ -w "$out" ] || { echo "$0: $out is not writable, templates not applied" >&2; exit 0; }
vars=$(printf '${%s} ' $(env | cut -d= -f1))
find "$dir" -follow -type f -name "*$suffix" | while read -r template; do
    rel=${template#"$dir/"}
    target="$out/${rel%"$suffix"}"
    mkdir -p "$(dirname "$target")"
    envsubst "$vars" <"$template" >"$target"
done
