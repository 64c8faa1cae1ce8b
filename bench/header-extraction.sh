#!/usr/bin/env bash
# Header-extraction benchmarks (issue: DICOM conformance), on this machine:
#  1. headers read per second on one thread, warm JVM, over a generated 1,000-instance study of 512x512 classic MR files;
#  2. the same study as one zip checked by POST /api/v1/conformance-checks with the service's heap capped at 256 MB.
#   bench/header-extraction.sh                 # INSTANCES=1000 SIZE=512 ROUNDS=10 (after 10 warm-up rounds) PORT=18090
set -euo pipefail
cd "$(dirname "$0")/.."
INSTANCES="${INSTANCES:-1000}"
SIZE="${SIZE:-512}"
ROUNDS="${ROUNDS:-10}"
PORT="${PORT:-18090}"
repo="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
cp="target/test-classes:target/classes:$repo/com/pixelmed/pixelmed/20220618/pixelmed-20220618.jar"
work="$(mktemp -d)"
trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
java -cp "$cp" org.mrpa.samples.SampleDicomGenerator --bench "$work/study" "$INSTANCES" "$SIZE"
echo "== 1. header extraction, one thread ($(nproc) cores on the machine)"
java -cp "$cp" org.mrpa.bench.HeaderThroughput "$work/study" "$ROUNDS" | tail -3
echo "== 2. conformance check of a ${INSTANCES}-instance zip with -Xmx256m"
(cd "$work/study" && python3 -c "import shutil; shutil.make_archive('../study', 'zip', '.')")
ls -l "$work/study.zip" | awk '{printf "zip: %.1f MB\n", $5/1e6}'
java -Xmx256m -Dquarkus.http.port="$PORT" -Dmrpa.upload.max-files=5000 -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
for run in 1 2 3; do
  curl -s -o "$work/report.json" -w "run $run: HTTP %{http_code} in %{time_total} s\n" -F "study=@$work/study.zip;type=application/zip" \
    -F protocolId=deg-lumbar "http://127.0.0.1:$PORT/api/v1/conformance-checks"
done
python3 -c "import json; r=json.load(open('$work/report.json')); print('verdict', r['verdict'], '| series', len(r['series']), '| instances', '${INSTANCES}')"
if grep -q OutOfMemoryError "$work/app.log"; then echo "OutOfMemoryError in the service log" >&2; exit 1; fi
echo "heap cap: -Xmx256m; no OutOfMemoryError"
