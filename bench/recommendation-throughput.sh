#!/usr/bin/env bash
# Throughput of POST /api/v1/recommendations next to the trivial GET /api/v1/catalog of the same running service,
# measured in one run on this machine with wrk (Debian package 'wrk'). Target: the recommendation endpoint reaches
# at least half the trivial endpoint's requests per second.
#   bench/recommendation-throughput.sh            # 15 s per endpoint after a 45 s warm-up each
#   DURATION=30 CONNECTIONS=32 bench/recommendation-throughput.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-45}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-1}"
PORT="${PORT:-18080}"
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
java -Dquarkus.http.port="$PORT" -Dmrpa.data.dir="$work/data" -Dquarkus.log.category.\"org.mrpa\".level=WARN -jar target/quarkus-app/quarkus-run.jar >"$work/app.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/q/health/ready" >/dev/null && break; sleep 0.5; done
cat >"$work/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"accessionNumber":"BENCH1","indication":{"text":"?spondilodiscitis L3/4, fever, raised CRP, no trauma","icd10Codes":["M46.46"]},
 "patient":{"ageYears":67,"sex":"FEMALE","weightKg":70,"egfr":25,"pregnancy":"NOT_APPLICABLE",
  "implants":[{"description":"L4-S1 screws","type":"SPINAL_FUSION_HARDWARE","mrLabel":"MR_CONDITIONAL","location":"L4-S1",
   "conditions":{"allowedFieldStrengthsT":[1.5],"maxSpatialFieldGradientTPerM":20,"operatingModeLimit":"NORMAL","maxWholeBodySarWPerKg":2.0}}]},
 "scanner":{"scannerId":"MR2"}}]]
LUA
rps() { awk '/Requests\/sec/ {print $2}'; }
run() { # name url [script]
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency)
  [ -n "${3:-}" ] && args+=(-s "$3")
  wrk "${args[@]}" -d"${WARMUP}s" "$2" >/dev/null   # warm-up: let C2 finish compiling (about 40 s on 2 cores)
  wrk "${args[@]}" "$2" >"$work/$1.txt"
  grep -E 'Requests/sec|Latency  |99%' "$work/$1.txt" | sed "s/^/  $1: /" >&2
  rps <"$work/$1.txt"
}
echo "JVM: $(java -version 2>&1 | head -1); cores: $(nproc); wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after ${WARMUP}s warm-up" >&2
trivial=$(run trivial "http://127.0.0.1:$PORT/api/v1/catalog")
reco=$(run recommendation "http://127.0.0.1:$PORT/api/v1/recommendations" "$work/post.lua")
non2xx=$(grep -c 'Non-2xx' "$work/recommendation.txt" || true)
ratio=$(awk -v a="$reco" -v b="$trivial" 'BEGIN {printf "%.2f", a/b}')
echo "trivial GET /api/v1/catalog:          $trivial req/s"
echo "POST /api/v1/recommendations:         $reco req/s"
echo "ratio recommendation/trivial:         $ratio (target >= 0.50)"
[ "$non2xx" = 0 ] || { echo "recommendation run had non-2xx responses" >&2; exit 1; }
