#!/usr/bin/env bash
# Loads the login sample's /bugs page over loopback with wrk, behind pagenav's filter with a
# logged-in session and behind a filter that checks nothing, one after the other in one run.
# Usage: nav-bench/end-to-end.sh [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f target/benchmarks.jar ] || { echo "build first: mvn -B -q -DskipTests package"; exit 1; }
out=$(mktemp)
java -cp target/benchmarks.jar dev.pagenav.bench.EndToEnd > "$out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$out"' EXIT
for _ in $(seq 1 100); do grep -q '^cookie=' "$out" && break; sleep 0.2; done
checked=$(sed -n 's/^checked=//p' "$out")
unchecked=$(sed -n 's/^unchecked=//p' "$out")
cookie=$(sed -n 's/^cookie=//p' "$out")
for round in warm-up measured; do
  for name in unchecked checked; do
    port=$([ "$name" = checked ] && echo "$checked" || echo "$unchecked")
    duration=$([ "$round" = warm-up ] && echo 5 || echo "$seconds")
    echo "== $round: $name filter, ${duration}s"
    wrk -t2 -c16 -d"${duration}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port/bugs" \
      | grep -E 'Requests/sec|Latency|  99%|  50%|Non-2xx'
  done
done
