#!/usr/bin/env bash
# HTTP load benchmark: `dyad serve` on a loopback port, hit by wrk (Debian's) with
# 2 threads and 32 keep-alive connections for 10 s on one API endpoint. Prints wrk's
# report (requests/s, latency percentiles, errors) and the server's peak RSS.
#
# Usage: bench/serve_bench.sh [PATH (default /api/v1/trade?a=KAZ&b=TJK)] [SECONDS (10)]
# Needs a release build (DYAD_BUILD, default build/) and wrk. Not part of CI.
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/api/v1/trade?a=KAZ&b=TJK}"
secs="${2:-10}"
dyad="${DYAD_BUILD:-build}/dyad"
[ -x "$dyad" ] || { echo "no $dyad: build first (scripts/setup)"; exit 1; }
command -v wrk >/dev/null || { echo "no wrk: apt-get install wrk"; exit 1; }
home=$(mktemp -d)
log="$home/serve.log"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
"$dyad" --data "$home" info > /dev/null  # the built-in knowledge, before the clock starts
/usr/bin/time -f "server peak RSS: %M kB" "$dyad" --data "$home" serve --port 0 2> "$log" &
pid=$!
for _ in $(seq 100); do grep -q "serving on" "$log" && break; sleep 0.1; done
url=$(grep -o "http://[0-9.:]*" "$log" | head -1)
[ -n "$url" ] || { cat "$log"; exit 1; }
curl -sf "$url$path" > /dev/null  # one request that must succeed
wrk -t2 -c32 -d"${secs}s" --latency "$url$path"
kill -TERM "$(pgrep -P "$pid" dyad || echo "$pid")"
wait "$pid" || true
grep "peak RSS" "$log" || true
