#!/bin/sh
# Runs the benchmarks (issue 7). `make bench` builds the release binary first.
# BENCH_SIZES="1000" for a quick run; see Benchmarks/bench.py for every setting.
set -eu
cd "$(dirname "$0")/.."
[ -x /usr/bin/time ] || { echo "Installing GNU time…" >&2; SUDO=$( [ "$(id -u)" = 0 ] || echo sudo ); $SUDO apt-get install -y -qq time >/dev/null; }
for tool in hugo cmark; do
  command -v "$tool" >/dev/null || { echo "Installing $tool…" >&2; SUDO=$( [ "$(id -u)" = 0 ] || echo sudo ); $SUDO apt-get install -y -qq "$tool" >/dev/null; }
done
exec python3 Benchmarks/bench.py
