#!/usr/bin/env bash
# Start-up time and heap of the example service with the guardian's starter on its class path and without it,
# alternating, in one run:
#   ./guardian bench spring-boot-startup [ROUNDS]     (default 7 rounds; needs PostgreSQL on 127.0.0.1:5432)
# Both run the example's main class from target/classes and an exploded class path of jars, copied by
# maven-dependency-plugin (the example's pom, execution bench-class-path): "with" is the example's runtime jars;
# "without" is what Maven resolves for the same pom less the starter's dependency (written to target/bench), so
# neither the guardian's jars nor the libraries only it brings are there, and application.yaml's guardian.* keys
# are just unread properties. Each run ends itself at ApplicationReadyEvent (StartupReport), after the guardian's
# first tick when it is there (it starts on its own thread), printing the JVM's uptime at both and the heap in use
# after a full collection then.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
rounds="${1:-7}"
case "$rounds" in ''|*[!0-9]*) echo "ROUNDS must be a whole number from 1 to 99, but was '$rounds'" >&2; exit 2;; esac
if [ "$rounds" -lt 1 ] || [ "$rounds" -gt 99 ]; then
  echo "ROUNDS must be a whole number from 1 to 99, but was '$rounds'" >&2; exit 2
fi
starter='<artifactId>guardian-spring-boot4</artifactId>'
out="$here/target/bench"
with_lib="$here/target/lib"
without_lib="$out/without-guardian/target/lib"

echo "building the example (and the starter) ..." >&2
rm -rf "$with_lib" "$out"
(cd "$root" && ./mvnw -q -DskipTests -pl examples/spring-boot -am package) >&2
if ! grep -q "$starter" "$here/pom.xml"; then
  echo "examples/spring-boot/pom.xml no longer names $starter on a line: update bench-startup.sh" >&2; exit 1
fi
mkdir -p "$out/without-guardian"
grep -v "$starter" "$here/pom.xml" > "$out/without-guardian/pom.xml"
echo "resolving the class path without the starter ..." >&2
(cd "$root" && ./mvnw -q -f "$out/without-guardian/pom.xml" dependency:copy-dependencies@bench-class-path) >&2
if ls "$without_lib" | grep -q '^guardian-'; then
  echo "the class path without the starter still holds a guardian jar: $without_lib" >&2; exit 1
fi
added=$(comm -23 <(ls "$with_lib" | sort) <(ls "$without_lib" | sort))
added_kb=$(cd "$with_lib" && du -ck $added | tail -1 | cut -f1)

run() {  # $1 = with|without; prints "ready_ms guarded_ms heap_bytes"
  local lib="$with_lib"
  [ "$1" = without ] && lib="$without_lib"
  local line
  line=$( (cd "$here" && timeout 120 java -Xmx512m -Dexample.exit-when-ready=true -cp "$here/target/classes:$lib/*" \
      com.wedsync.example.TimelineApplication --server.port=0 "--guardian.store=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1" \
      --logging.level.root=WARN 2>/dev/null) | sed -n 's/^READY uptime_ms=\([0-9]*\) guarded_ms=\([0-9]*\) heap_used_bytes=\([0-9]*\)$/\1 \2 \3/p')
  if [ -z "$line" ]; then
    echo "a run $1 the starter reported nothing: run it by hand to see why:" >&2
    echo "  cd $here && java -Dexample.exit-when-ready=true -cp 'target/classes:$lib/*' com.wedsync.example.TimelineApplication" >&2
    exit 1
  fi
  echo "$line"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
run without >/dev/null; run with >/dev/null   # warm the file cache and PostgreSQL, not measured
: > "$out/without.txt"; : > "$out/with.txt"
for _ in $(seq 1 "$rounds"); do
  run without >> "$out/without.txt"
  run with >> "$out/with.txt"
done
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

# "median min max" of column $1 of file $2 (or of stdin when $2 is -)
stats() { cut -d' ' -f"$1" "$2" | sort -n | awk '{a[NR]=$1} END {printf "%s %s %s\n", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2), a[1], a[NR]}'; }
paired() { paste -d' ' <(cut -d' ' -f"$1" "$out/with.txt") <(cut -d' ' -f"$1" "$out/without.txt") | awk '{print $1-$2}' > "$out/diff-$1.txt"; stats 1 "$out/diff-$1.txt"; }
read -r r0 r0min r0max <<< "$(stats 1 "$out/without.txt")"
read -r r1 r1min r1max <<< "$(stats 1 "$out/with.txt")"
read -r rd rdmin rdmax <<< "$(paired 1)"
read -r g1 g1min g1max <<< "$(stats 2 "$out/with.txt")"
read -r h0 h0min h0max <<< "$(stats 3 "$out/without.txt")"
read -r h1 h1min h1max <<< "$(stats 3 "$out/with.txt")"
read -r hd hdmin hdmax <<< "$(paired 3)"
mb() { awk -v b="$1" 'BEGIN {printf "%.1f", b/1048576}'; }
echo "rounds: $rounds each, alternating without/with, after one unmeasured run of each; $(nproc) cores"
echo "load average (1, 5, 15 min): $load_before before, $load_after after"
echo "class path: without the starter $(ls "$without_lib" | wc -l) jars; the starter adds $(echo "$added" | wc -w) jars, $((added_kb / 1024)) MB"
echo "start-up to ready (ms): without median $r0 (min $r0min, max $r0max); with median $r1 (min $r1min, max $r1max)"
echo "  with - without, per round: median $rd ms (min $rdmin, max $rdmax); target at most +150 ms"
echo "the guardian's first tick (its own thread, after ready): median $g1 ms (min $g1min, max $g1max)"
echo "heap in use after a full GC (MB; without: at ready; with: at the first tick): without median $(mb "$h0")" \
     "(min $(mb "$h0min"), max $(mb "$h0max")); with median $(mb "$h1") (min $(mb "$h1min"), max $(mb "$h1max"))"
echo "  with - without, per round: median $(mb "$hd") MB (min $(mb "$hdmin"), max $(mb "$hdmax")); target at most +10 MB"
