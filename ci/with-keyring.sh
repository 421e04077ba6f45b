#!/usr/bin/env bash
# Usage: dbus-run-session -- ci/with-keyring.sh CMD [ARGS...]
# Starts an unlocked gnome-keyring Secret Service on the session bus, then runs CMD.
set -euo pipefail
: "${DBUS_SESSION_BUS_ADDRESS:?run me under dbus-run-session}"
export XDG_DATA_HOME="${XDG_DATA_HOME:-$(mktemp -d)}"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then export XDG_RUNTIME_DIR="$(mktemp -d)"; fi
chmod 700 "$XDG_RUNTIME_DIR"
eval "$(printf '%s' "${KEYRING_TEST_PASSWORD:-ci-keyring-password}" \
        | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
