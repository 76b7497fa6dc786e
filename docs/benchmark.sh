#!/usr/bin/env bash
# Benchmark: start-up and idle memory of the packaged service, then (on the same database) REST vs
# in-process lifecycles and the inbox query with 10,000 open tasks. Prints the figures and appends
# them to docs/benchmarks.md. Needs PostgreSQL at localhost:5432 (user postgres) like the tests.
# Usage: docs/benchmark.sh                          (about 10 minutes on 2 cores)
#        BENCH_STARTUP_ONLY=1 docs/benchmark.sh     (start-up and memory only, about 1 minute)
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=vientro_bench
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB encoding 'UTF8' template template0"

# AppCDS: Quarkus records the classes loaded at start into target/quarkus-app/app-cds.jsa
./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
keys=$(mktemp -d)
openssl genrsa -out "$keys/k.pem" 2048 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$keys/k.pem" -out "$keys/private.pem"
openssl rsa -in "$keys/k.pem" -pubout -out "$keys/public.pem" 2>/dev/null
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$keys"' EXIT

# start_service LABEL JAVA_OPTS... : launch to /q/health/ready UP, then RSS after 10 s idle
start_service() {
  local label=$1; shift
  local start; start=$(date +%s%N)
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" DB_USER=$PGUSER PORT=8089 \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$keys/private.pem" VIENTRO_AUTH_PUBLIC_KEY_LOCATION="file:$keys/public.pem" \
    java "$@" -jar quarkus-run.jar > "../bench-service-$label.log" 2>&1 &
  pid=$!
  until curl -sf localhost:8089/q/health/ready >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "service died"; tail -20 "target/bench-service-$label.log"; exit 1; }
    sleep 0.05
  done
  local ready=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 10
  local rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  kill $pid; wait $pid 2>/dev/null || true; pid=
  echo "$ready $rss"
}
# Run from the application folder: the AppCDS archive only matches the class path it was recorded with.
cd target/quarkus-app
read -r first_ms first_rss < <(start_service first)
read -r restart_ms restart_rss < <(start_service restart)
read -r cds_ms cds_rss < <(start_service cds -XX:SharedArchiveFile=app-cds.jsa)
read -r tuned_ms tuned_rss < <(start_service tuned -XX:SharedArchiveFile=app-cds.jsa -XX:TieredStopAtLevel=1 \
  -XX:+UseSerialGC -Xmx256m)
cd ../..
startup=$(cat <<MD
| start to ready, first start on an empty database (creates all tables) | $first_ms ms | |
| start to ready, restart, default JVM options | $restart_ms ms | ≤ 5000 ms |
| start to ready, restart with AppCDS | $cds_ms ms | ≤ 5000 ms |
| start to ready, restart with AppCDS, C1 only, SerialGC, -Xmx256m | $tuned_ms ms | ≤ 5000 ms |
| idle RSS 10 s after ready, default JVM options (first start / restart / AppCDS) | $first_rss / $restart_rss / $cds_rss MB | ≤ 450 MB |
| idle RSS 10 s after ready, AppCDS, C1 only, SerialGC, -Xmx256m | $tuned_rss MB | ≤ 450 MB |
MD
)
header="### $(date -u +%Y-%m-%d) — $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $(psql -tAc 'show server_version' -d postgres)"
if [ -n "${BENCH_STARTUP_ONLY:-}" ]; then
  report=$(printf '\n%s (start-up only)\n| measure | value | target |\n|---|---|---|\n%s\n' "$header" "$startup")
  echo "$report"; echo "$report" >> docs/benchmarks.md
  exit 0
fi

PGDATABASE=$DB ./mvnw -B -q test -Dtest=LifecycleBenchmark -Dsurefire.failIfNoSpecifiedTests=false > target/bench-test.log 2>&1 \
  || { tail -40 target/bench-test.log; exit 1; }
# shellcheck disable=SC1090
. <(sed 's/^/b_/' target/benchmark.properties)

report=$(cat <<MD

$header
| measure | value | target |
|---|---|---|
| full lifecycles/s through REST + JWT (submit, check, appraise, approve; $b_lifecycles runs) | $b_restPerSecond | |
| same lifecycle in-process (service + engine Java API) | $b_enginePerSecond | |
| REST / in-process | $b_ratio | ≥ 0.60 |
| inbox query p50 with $b_openTasks open tasks ($b_inboxQueries queries, 20 per page) | $b_inboxP50Ms ms | |
| inbox query p99 | $b_inboxP99Ms ms | ≤ 50 ms |
$startup
| seeding $b_openTasks proposals with their process instances | $b_seedSeconds s | |
MD
)
echo "$report"
echo "$report" >> docs/benchmarks.md
