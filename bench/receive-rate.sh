#!/usr/bin/env bash
# Receive-rate benchmark (issue: receiving studies), on this machine, loopback only.
# Generated studies of INSTANCES classic MR images (SIZE x SIZE pixels), each with its own UIDs. Per round, the same study
# is sent with dcmtk's storescu
#   1. to dcmtk's own storescp (writes every instance to disk): the reference rate;
#   2. to the service's C-STORE listener (each header committed to the embedded H2 database before its response);
# and, for information, another study to the service's STOW-RS endpoint with curl (one multipart/related request).
# The service runs once, on an empty database, with -Xmx256m, after a warm-up (one other study sent WARMUP times by
# C-STORE and twice by STOW-RS: 10,000 instances, under a minute), as it is after the first studies of a working day;
# the JIT compiler needs that long on 2 cores. The measured studies are new to it (inserts, not resends). After each send the script checks that the service holds every instance.
#   bench/receive-rate.sh                      # INSTANCES=1000 SIZE=512 ROUNDS=3 WARMUP=10 PORT=18091 DICOM_PORT=11191 SCP_PORT=11192
set -euo pipefail
cd "$(dirname "$0")/.."
INSTANCES="${INSTANCES:-1000}"
SIZE="${SIZE:-512}"
ROUNDS="${ROUNDS:-3}"
PORT="${PORT:-18091}"
DICOM_PORT="${DICOM_PORT:-11191}"
SCP_PORT="${SCP_PORT:-11192}"
WARMUP="${WARMUP:-10}"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
command -v storescu >/dev/null || { echo "needs dcmtk (storescu, storescp, dcmdump)" >&2; exit 1; }
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
cp="target/test-classes:target/classes:$repo/com/pixelmed/pixelmed/20220618/pixelmed-20220618.jar"
work="$(mktemp -d)"
pid=0
svc=0
trap 'for p in "$pid" "$svc"; do if [ "$p" -gt 0 ]; then kill "$p" 2>/dev/null || true; fi; done; rm -rf "$work"' EXIT
# dcmtk leaves Nagle's algorithm on unless TCP_NODELAY=1; with it on, every C-STORE waits for a delayed ACK (about 80 ms
# per instance on loopback, for storescp and the service alike), which would measure the TCP stack, not the receivers.
export TCP_NODELAY=1

for name in warm-up $(seq -f "cstore-%g" 1 "$ROUNDS") $(seq -f "stow-%g" 1 "$ROUNDS"); do
  java -cp "$cp" org.mrpa.samples.SampleDicomGenerator --bench "$work/gen" "$INSTANCES" "$SIZE" "$name"
done
n=$(ls "$work/gen/warm-up" | wc -l)
echo "studies: $n instances each, ${SIZE}x${SIZE}, $(du -sm "$work/gen/warm-up" | cut -f1) MB; $(nproc) cores; $(storescu --version | head -1)"

now() { date +%s.%N; }
rate() { python3 -c "import sys; n,a,b=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'{n/(b-a):.0f}')" "$@"; }
storescu_to() { storescu -aet STORESCU -aec "$1" 127.0.0.1 "$2" +sd "$3" >"$work/storescu.log" 2>&1 || { cat "$work/storescu.log" >&2; exit 1; }; }
stow() {
  local args=() code refs
  for f in "$1"/*; do args+=(-F "file=@$f;type=application/dicom"); done
  code=$(curl -s -o "$work/stow.json" -w '%{http_code}' -X POST -H 'Content-Type: multipart/related; type="application/dicom"' \
    "${args[@]}" "http://127.0.0.1:$PORT/dicomweb/studies")
  refs=$(python3 -c "import json; print(len(json.load(open('$work/stow.json'))['00081199']['Value']))")
  [ "$code" = 200 ] && [ "$refs" -eq "$n" ] || { echo "STOW-RS: HTTP $code, $refs stored; failed: $(python3 -c "import json; print(json.load(open('$work/stow.json')).get('00081198'))")" >&2; grep -i "stow\|not recorded\|warn" "$work/app.log" | tail -5 >&2; exit 1; }
}
# every instance the service acknowledged is in its database: a check of the study from its stored headers counts them
holds_all() {
  local uid got
  uid=$(dcmdump +P StudyInstanceUID "$(ls -d "$1"/* | head -1)" | sed 's/.*\[\(.*\)\].*/\1/')
  curl -sf -o /dev/null -XPOST "http://127.0.0.1:$PORT/api/v1/studies/$uid/check" || { echo "re-check failed" >&2; exit 1; }
  got=$(grep -o 'received study checked: instances=[0-9]*' "$work/app.log" | tail -1 | cut -d= -f2)
  [ "$got" -eq "$n" ] || { echo "the service holds $got of $n instances of $1" >&2; exit 1; }
}

java -Xmx256m -Dquarkus.http.port="$PORT" -Dmrpa.data.dir="$work/data" -Dmrpa.dicom.port="$DICOM_PORT" \
  -Dmrpa.dicom.allowed-calling-ae-titles=STORESCU -Dmrpa.dicom.quiet-period=600s \
  -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
svc=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
a=$(now); storescu_to MRPA "$DICOM_PORT" "$work/gen/warm-up"; b=$(now); echo "warm-up: C-STORE $(rate "$n" "$a" "$b")/s (cold JVM)"
for _ in $(seq 2 "$WARMUP"); do storescu_to MRPA "$DICOM_PORT" "$work/gen/warm-up"; done
stow "$work/gen/warm-up"; stow "$work/gen/warm-up"; holds_all "$work/gen/warm-up"

scp_rates=(); svc_rates=(); stow_rates=()
for round in $(seq 1 "$ROUNDS"); do
  study="$work/gen/cstore-$round"
  rm -rf "$work/scp" && mkdir "$work/scp"
  storescp -aet STORESCP -od "$work/scp" "$SCP_PORT" >"$work/storescp.log" 2>&1 &
  pid=$!
  sleep 1
  a=$(now); storescu_to STORESCP "$SCP_PORT" "$study"; b=$(now)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=0
  [ "$(ls "$work/scp" | wc -l)" -eq "$n" ] || { echo "storescp stored $(ls "$work/scp" | wc -l) of $n" >&2; exit 1; }
  scp_rates+=("$(rate "$n" "$a" "$b")")

  a=$(now); storescu_to MRPA "$DICOM_PORT" "$study"; b=$(now)
  svc_rates+=("$(rate "$n" "$a" "$b")")
  holds_all "$study"

  a=$(now); stow "$work/gen/stow-$round"; b=$(now)
  stow_rates+=("$(rate "$n" "$a" "$b")")
  holds_all "$work/gen/stow-$round"
  echo "round $round: storescp ${scp_rates[-1]}/s | service C-STORE ${svc_rates[-1]}/s | service STOW-RS ${stow_rates[-1]}/s"
done
kill "$svc"; wait "$svc" 2>/dev/null || true; svc=0
if grep -q OutOfMemoryError "$work/app.log"; then echo "OutOfMemoryError in the service log" >&2; exit 1; fi
python3 - "${scp_rates[*]}" "${svc_rates[*]}" "${stow_rates[*]}" <<'EOF'
import statistics, sys
scp, svc, stow = ([int(x) for x in a.split()] for a in sys.argv[1:4])
m = statistics.median
print(f"median over {len(scp)} rounds: storescp {m(scp):.0f}/s, service C-STORE {m(svc):.0f}/s "
      f"({m(svc)/m(scp):.0%} of storescp; target 80%), service STOW-RS {m(stow):.0f}/s; service heap -Xmx256m, no OutOfMemoryError")
EOF
