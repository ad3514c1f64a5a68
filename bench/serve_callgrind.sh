#!/usr/bin/env bash
# Instructions per request of `dyad serve`, independent of the machine's load: the
# server under valgrind --tool=callgrind, 50 warm-up requests, counters zeroed, then N
# keep-alive requests of PATH from one client; prints Ir per request. Needs valgrind.
#
# Usage: bench/serve_callgrind.sh [PATH (default /api/v1/trade?a=KAZ&b=TJK)] [N (1000)]
# (DYAD_BUILD, default build/). Not part of CI. Leaves the profile in $OUT (default
# /tmp/dyad-serve-callgrind) for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/.."
path="${1:-/api/v1/trade?a=KAZ&b=TJK}"
n="${2:-1000}"
dyad="${DYAD_BUILD:-build}/dyad"
out="${OUT:-/tmp/dyad-serve-callgrind}"
[ -x "$dyad" ] || { echo "no $dyad: build first"; exit 1; }
home=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$home"' EXIT
"$dyad" --data "$home" info > /dev/null
port=$((20000 + RANDOM % 20000))
valgrind --tool=callgrind --callgrind-out-file="$out" "$dyad" --data "$home" serve --port "$port" --threads 4 \
  2> "$home/log" &
pid=$!
for _ in $(seq 300); do grep -q "serving on" "$home/log" && break; sleep 0.2; done
grep -q "serving on" "$home/log" || { cat "$home/log"; exit 1; }
requests() {
  python3 - "$port" "$path" "$1" <<'PY'
import http.client, sys
port, path, n = int(sys.argv[1]), sys.argv[2], int(sys.argv[3])
c = http.client.HTTPConnection("127.0.0.1", port)
for _ in range(n):
    c.request("GET", path)
    r = c.getresponse()
    r.read()
    assert r.status == 200, r.status
PY
}
requests 50
callgrind_control -z "$pid" > /dev/null 2>&1
requests "$n"
callgrind_control -d "$pid" > /dev/null 2>&1
ir=$(callgrind_annotate "$out".1 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
echo "$path: $((ir / n)) instructions per request ($n requests, profile in $out.1)"
