#!/bin/sh
# node image stand-in (build/standins): like the official images, run the arguments with node when the
# first one is an option (-e ...) or not a command (a script name); otherwise run them as they are.
set -e
if [ "${1#-}" != "$1" ] || [ -z "$(command -v "$1")" ] || { [ -f "$1" ] && ! [ -x "$1" ]; }; then
    set -- node "$@"
fi
exec "$@"
