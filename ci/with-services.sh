#!/usr/bin/env bash
# Usage: ci/with-services.sh CMD [ARGS...]
# Runs CMD with the real services the tests and the screenshots need, all stopped by PID afterwards:
# a PulseAudio null sink + virtual mic, Xvfb, a D-Bus session and an unlocked gnome-keyring Secret Service.
set -uo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
RUN="$(mktemp -d)"; PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null; wait "$p" 2>/dev/null; done
  rm -rf "$RUN"
}
trap cleanup EXIT

export XDG_RUNTIME_DIR="$RUN/xdg-runtime" XDG_DATA_HOME="$RUN/xdg-data" XDG_CONFIG_HOME="$RUN/xdg-config"
export XDG_CACHE_HOME="$RUN/xdg-cache" XDG_STATE_HOME="$RUN/xdg-state"
mkdir -p "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

export PULSE_RUNTIME_PATH="$XDG_RUNTIME_DIR/pulse" PULSE_STATE_PATH="$RUN/pulse-state"
pulseaudio -n -F "$ROOT/ci/pulse.pa" --daemonize=no --exit-idle-time=-1 --use-pid-file=no \
           --log-target=file:"$RUN/pulse.log" &
PIDS+=($!)
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { echo "with-services: PulseAudio did not start"; cat "$RUN/pulse.log"; exit 1; }
# Keep both null sinks clocked so the first capture callback comes in ~20 ms, not after an idle 2 s block.
for sink in vspk vmicsink; do
  pacat --playback --device="$sink" --latency-msec=20 --format=s16le --rate=48000 --channels=2 /dev/zero &
  PIDS+=($!)
done
# PortAudio probes every ALSA plugin it knows; route everything to PulseAudio, nothing else.
export ALSA_CONFIG_PATH="$ROOT/ci/asound-pulse-only.conf"
export PYTHONFAULTHANDLER=1 NO_PROXY=127.0.0.1,localhost

dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" "$ROOT/ci/with-keyring.sh" "$@"
exit $?
