#!/bin/sh
# nginx-unprivileged stand-in (build/standins): when the command is nginx, run the hooks in
# /docker-entrypoint.d in name order (*.envsh are sourced, executable *.sh are run), then exec the command.
set -e
if [ "$1" = nginx ] || [ "$1" = nginx-debug ]; then
    for hook in $(find /docker-entrypoint.d/ -follow -type f | sort -V); do
        case $hook in
            *.envsh) [ -x "$hook" ] && . "$hook" ;;
            *.sh) [ -x "$hook" ] && "$hook" ;;
            *) ;;
        esac
    done
fi
exec "$@"
