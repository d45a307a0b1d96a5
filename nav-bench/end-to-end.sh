#!/usr/bin/env bash
# Loads the login sample's /bugs page over loopback with wrk, behind pagenav's filter with a
# logged-in session and behind a filter that checks nothing, in one JVM. After a warm-up of both,
# the two sides take turns for several rounds, in alternating order, so that drift in the machine's
# speed falls on both alike; the summary gives the median of each side and their ratios.
# Usage: nav-bench/end-to-end.sh [seconds per round, default 30] [rounds, default 5]
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-30}
rounds=${2:-5}
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
[ -f target/benchmarks.jar ] || { echo "build first: mvn -B -q -DskipTests package"; exit 1; }
out=$(mktemp)
results=$(mktemp)
java -cp target/benchmarks.jar dev.pagenav.bench.EndToEnd > "$out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$out" "$results"' EXIT
for _ in $(seq 1 100); do grep -q '^cookie=' "$out" && break; sleep 0.2; done
checked=$(sed -n 's/^checked=//p' "$out")
unchecked=$(sed -n 's/^unchecked=//p' "$out")
cookie=$(sed -n 's/^cookie=//p' "$out")

# Runs wrk against one side; prints "requests/s p99-in-microseconds".
load() {
  local port=$1 duration=$2
  wrk -t2 -c16 -d"${duration}s" --latency -H "Cookie: $cookie" "http://127.0.0.1:$port/bugs" \
    | awk '
        /Non-2xx/ { print "unexpected answers: " $0 > "/dev/stderr"; failed = 1 }
        / 99%/ { v = $2; u = v; sub(/[a-z]+$/, "", v); sub(/^[0-9.]+/, "", u)
                 p99 = (u == "ms") ? v * 1000 : (u == "s") ? v * 1000000 : v }
        /Requests\/sec/ { rps = $2 }
        END { if (failed) exit 1; printf "%.0f %.0f\n", rps, p99 }'
}

echo "warm-up: 10 s per side"
load "$unchecked" 10 >/dev/null
load "$checked" 10 >/dev/null
printf '%-6s %-10s %12s %10s\n' round filter requests/s p99-us
for round in $(seq 1 "$rounds"); do
  order="unchecked checked"
  [ $((round % 2)) -eq 0 ] && order="checked unchecked"
  for name in $order; do
    port=$([ "$name" = checked ] && echo "$checked" || echo "$unchecked")
    read -r rps p99 < <(load "$port" "$seconds")
    printf '%-6s %-10s %12s %10s\n' "$round" "$name" "$rps" "$p99"
    echo "$name $rps $p99" >> "$results"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
u_rps=$(awk '$1 == "unchecked" { print $2 }' "$results" | median)
c_rps=$(awk '$1 == "checked" { print $2 }' "$results" | median)
u_p99=$(awk '$1 == "unchecked" { print $3 }' "$results" | median)
c_p99=$(awk '$1 == "checked" { print $3 }' "$results" | median)
echo "median requests/s: unchecked $u_rps, checked $c_rps, checked/unchecked $(awk -v a="$c_rps" -v b="$u_rps" 'BEGIN { printf "%.3f", a / b }')"
echo "median p99 (us):   unchecked $u_p99, checked $c_p99, checked/unchecked $(awk -v a="$c_p99" -v b="$u_p99" 'BEGIN { printf "%.3f", a / b }')"
