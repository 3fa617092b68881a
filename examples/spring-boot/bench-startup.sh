#!/usr/bin/env bash
# Start-up time and heap of the example service with the guardian's starter on and off, alternating, in one run:
#   ./guardian bench spring-boot-startup [ROUNDS]     (default 7 rounds; needs PostgreSQL on 127.0.0.1:5432)
# "off" is the same jar with --guardian.enabled=false: the starter's auto-configuration is skipped by its condition,
# so nothing of the guardian is loaded or started. Each run ends itself at ApplicationReadyEvent, after the guardian's
# first tick when it is on (it starts on its own thread), and prints the JVM's uptime at both and the heap in use after
# a full collection then (TimelineApplication.ready).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${1:-7}"
case "$rounds" in ''|*[!0-9]*) echo "ROUNDS must be a whole number, but was '$rounds'" >&2; exit 2;; esac
jar="$here/target/wedding-timeline-0.1.0-SNAPSHOT.jar"
echo "building the example (and the starter) ..." >&2
(cd "$root" && ./mvnw -q -DskipTests -pl examples/spring-boot -am package) >&2
run() {  # $1 = on|off; prints "ready_ms guarded_ms heap_bytes"
  local enabled=true
  [ "$1" = off ] && enabled=false
  local line
  line=$( (cd "$here" && GUARDIAN_STORE_URL="jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" timeout 120 java -Xmx512m \
      -Dexample.exit-when-ready=true -jar "$jar" --server.port=0 --guardian.enabled="$enabled" \
      --logging.level.root=WARN 2>/dev/null) | sed -n 's/^READY uptime_ms=\([0-9]*\) guarded_ms=\([0-9]*\) heap_used_bytes=\([0-9]*\)$/\1 \2 \3/p')
  if [ -z "$line" ]; then
    echo "a run with the guardian $1 reported nothing: run $jar by hand to see why" >&2
    exit 1
  fi
  echo "$line"
}
run off >/dev/null; run on >/dev/null   # warm the file cache and PostgreSQL, not measured
: > "$here/target/bench-off.txt"; : > "$here/target/bench-on.txt"
for i in $(seq 1 "$rounds"); do
  run off >> "$here/target/bench-off.txt"
  run on >> "$here/target/bench-on.txt"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
col() { cut -d' ' -f"$1" "$here/target/bench-$2.txt" | median; }
awk -v r="$rounds" -v a="$(col 1 off)" -v b="$(col 1 on)" -v g="$(col 2 on)" -v c="$(col 3 off)" -v d="$(col 3 on)" \
    -v loadavg="$(cut -d' ' -f1-3 /proc/loadavg)" 'BEGIN {
  printf "rounds: %d each, alternating (medians); load average %s on %d cores\n", r, loadavg, '"$(nproc)"'
  printf "start-up to ready: without %d ms, with %d ms: %+d ms (target at most +150 ms)\n", a, b, b - a
  printf "the guardian ticking (its own thread, after ready): %d ms, %+d ms after ready\n", g, g - b
  printf "heap in use after GC (without: at ready; with: at its first tick): without %.1f MB, with %.1f MB: %+.1f MB (target at most +10 MB)\n", c/1048576, d/1048576, (d-c)/1048576
}'
