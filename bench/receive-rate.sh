#!/usr/bin/env bash
# Receive-rate benchmark (issue: receiving studies), on this machine, loopback only:
#  a generated study of INSTANCES classic MR images (SIZE x SIZE pixels) is sent with dcmtk's storescu
#   1. to dcmtk's own storescp (writes each instance to disk): the reference rate;
#   2. to the service's C-STORE listener (headers committed to the embedded H2 database before each response);
#  and, for information, 3. to the service's STOW-RS endpoint with curl (one multipart/related request).
# Each round starts a fresh receiver (empty output folder, empty database); the service runs with -Xmx256m.
#   bench/receive-rate.sh                      # INSTANCES=1000 SIZE=512 ROUNDS=3 PORT=18091 DICOM_PORT=11191 SCP_PORT=11192
set -euo pipefail
cd "$(dirname "$0")/.."
INSTANCES="${INSTANCES:-1000}"
SIZE="${SIZE:-512}"
ROUNDS="${ROUNDS:-3}"
PORT="${PORT:-18091}"
DICOM_PORT="${DICOM_PORT:-11191}"
SCP_PORT="${SCP_PORT:-11192}"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
command -v storescu >/dev/null || { echo "needs dcmtk (storescu, storescp)" >&2; exit 1; }
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
cp="target/test-classes:target/classes:$repo/com/pixelmed/pixelmed/20220618/pixelmed-20220618.jar"
work="$(mktemp -d)"
pid=0
trap '[ "$pid" -gt 0 ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
# dcmtk leaves Nagle's algorithm on unless TCP_NODELAY=1; with it on, every C-STORE waits for a delayed ACK (about 80 ms
# per instance on loopback, for storescp and the service alike), which would measure the TCP stack, not the receivers.
export TCP_NODELAY=1
java -cp "$cp" org.mrpa.samples.SampleDicomGenerator --bench "$work/gen" "$INSTANCES" "$SIZE"
study="$work/gen/benchmark-lumbar"
n=$(ls "$study" | wc -l)
mb=$(du -sm "$study" | cut -f1)
echo "study: $n instances, ${SIZE}x${SIZE}, $mb MB; $(nproc) cores; storescu $(storescu --version | head -1 | awk '{print $2, $3}')"

now() { date +%s.%N; }
rate() { python3 -c "import sys; n,a,b=int(sys.argv[1]),float(sys.argv[2]),float(sys.argv[3]); print(f'{n/(b-a):.0f}')" "$@"; }
send() { storescu -aet STORESCU -aec "$1" 127.0.0.1 "$2" +sd "$study" >"$work/storescu.log" 2>&1 || { cat "$work/storescu.log"; exit 1; }; }

start_service() {
  rm -rf "$work/data"
  java -Xmx256m -Dquarkus.http.port="$PORT" -Dmrpa.data.dir="$work/data" -Dmrpa.dicom.port="$DICOM_PORT" \
    -Dmrpa.dicom.allowed-calling-ae-titles=STORESCU -Dmrpa.dicom.quiet-period=600s \
    -jar target/quarkus-app/quarkus-run.jar >>"$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && return; sleep 0.5; done
  echo "service did not start" >&2; cat "$work/app.log" >&2; exit 1
}
stop_service() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=0; }
# every instance the service acknowledged is in its database: a check of the study from its stored headers counts them
checked_instances() {
  curl -sf -o /dev/null -XPOST "http://127.0.0.1:$PORT/api/v1/studies/$study_uid/check" || { echo "re-check failed" >&2; exit 1; }
  grep -o 'received study checked: instances=[0-9]*' "$work/app.log" | tail -1 | cut -d= -f2
}
study_uid=$(dcmdump +P StudyInstanceUID "$(ls -d "$study"/* | head -1)" | sed 's/.*\[\(.*\)\].*/\1/')

declare -a scp_rates svc_rates stow_rates
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$work/scp" && mkdir "$work/scp"
  storescp -aet STORESCP -od "$work/scp" "$SCP_PORT" >"$work/storescp.log" 2>&1 &
  pid=$!
  sleep 1
  a=$(now); send STORESCP "$SCP_PORT"; b=$(now)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=0
  got=$(ls "$work/scp" | wc -l)
  [ "$got" -eq "$n" ] || { echo "storescp stored $got of $n" >&2; exit 1; }
  scp_rates+=("$(rate "$n" "$a" "$b")")

  start_service
  a=$(now); send MRPA "$DICOM_PORT"; b=$(now)
  svc_rates+=("$(rate "$n" "$a" "$b")")
  got=$(checked_instances)
  [ "$got" -eq "$n" ] || { echo "the service holds $got of $n instances" >&2; exit 1; }
  stop_service
  start_service
  args=()
  for f in "$study"/*; do args+=(-F "file=@$f;type=application/dicom"); done
  a=$(now)
  code=$(curl -s -o "$work/stow.json" -w '%{http_code}' -X POST -H 'Content-Type: multipart/related; type="application/dicom"' \
    "${args[@]}" "http://127.0.0.1:$PORT/dicomweb/studies")
  b=$(now)
  refs=$(python3 -c "import json; print(len(json.load(open('$work/stow.json'))['00081199']['Value']))")
  [ "$code" = 200 ] && [ "$refs" -eq "$n" ] || { echo "STOW-RS: HTTP $code, $refs stored" >&2; exit 1; }
  stow_rates+=("$(rate "$n" "$a" "$b")")
  got=$(checked_instances)
  [ "$got" -eq "$n" ] || { echo "the service holds $got of $n instances after STOW-RS" >&2; exit 1; }
  stop_service
  echo "round $round: storescp ${scp_rates[-1]}/s | service C-STORE ${svc_rates[-1]}/s | service STOW-RS ${stow_rates[-1]}/s"
done
if grep -q OutOfMemoryError "$work/app.log"; then echo "OutOfMemoryError in the service log" >&2; exit 1; fi
python3 - "${scp_rates[*]}" "${svc_rates[*]}" "${stow_rates[*]}" <<'EOF'
import statistics, sys
scp, svc, stow = ([int(x) for x in a.split()] for a in sys.argv[1:4])
m = statistics.median
print(f"median over {len(scp)} rounds: storescp {m(scp):.0f}/s, service C-STORE {m(svc):.0f}/s "
      f"({m(svc)/m(scp):.0%} of storescp; target 80%), service STOW-RS {m(stow):.0f}/s; service heap -Xmx256m, no OutOfMemoryError")
EOF
