#!/usr/bin/env bash
# Reliability scenarios (issue 9): the packaged service started as real processes (prod profile, demo data, the
# job executor active) on a fresh PostgreSQL database, load from a separate process (LoadDriver: 32 clients
# walking proposals through the journey over the nodes), a fault injected, and the result checked through the
# API and the database (ConsistencyCheck). Prints a table and appends it, dated, to docs/reliability.md.
#
# Usage: docs/reliability.sh                      every scenario (about 15 minutes on 2 cores)
#        docs/reliability.sh two-nodes coherence signin      (any of the scenarios below, in that order)
# Scenarios: two-nodes timers kill pg-restart backup coherence cleanup audit signin fuzz (signin before fuzz: the failures
# of fuzz would count against its address). The nodes' history-cleanup window covers the whole day, for cleanup.
# Needs PostgreSQL at localhost:5432 (user postgres, trust) like the tests; pg-restart restarts that cluster
# (pg_ctlcluster, run as root).
# The whole run holds the lock file $BUILD_LOCK (default /tmp/mvn.lock; on a shared machine, run builds under
# `flock $BUILD_LOCK` too): no build shares the cores with the nodes whose times it measures, none runs while
# pg-restart restarts the shared PostgreSQL, and two runs never share the database rel_run. Start it as it is, not
# under flock (it would wait for itself).
# Settings: REL_LOAD_SECONDS (60), REL_CLIENTS (32), REL_TIMERS (1000), REL_JOB_LOCK_MILLIS (60000),
# REL_POOL (20 connections per node, the default), REL_SKIP_BUILD=1 to reuse target/quarkus-app.
#
# A figure that could not be measured (a load that failed, a node that never held the jobs it should die with,
# a check that could not run) is never printed as a zero or left blank: its cell says "not measured", the reason
# is listed under the table, and the run exits 1. So does a consistency check that finds something (lost,
# stuck, ...): its figures are in the table, and ConsistencyCheck's verdict is listed under it.
set -euo pipefail
if [ -z "${REL_HOLDS_LOCK:-}" ]; then
  BUILD_LOCK=${BUILD_LOCK:-/tmp/mvn.lock}
  echo "waiting for $BUILD_LOCK (held for the whole run)" >&2
  # -o: the nodes and drivers started by the run do not inherit the lock; flock keeps it until the run ends
  exec env REL_HOLDS_LOCK=1 flock -o "$BUILD_LOCK" bash "$0" "$@"
fi
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
ALL="two-nodes timers kill pg-restart backup coherence cleanup audit signin fuzz"
SCENARIOS=${*:-$ALL}
DB=rel_run RESTORE_DB=rel_restore
PORT_A=18081 PORT_B=18082 PORT_C=18083
LOAD=${REL_LOAD_SECONDS:-60} CLIENTS=${REL_CLIENTS:-32} TIMERS=${REL_TIMERS:-1000}
LOCK_MS=${REL_JOB_LOCK_MILLIS:-60000} POOL=${REL_POOL:-20}
OUT=$PWD/target/reliability
rm -rf "$OUT"; mkdir -p "$OUT"
run_start=$(date +%s)
FAILURES=$OUT/failures.txt; : > "$FAILURES"
SCENARIO=

ms() { date +%s%3N; }
prop() { [ -f "$1" ] || return 0; sed -n "s/^$2=//p" "$1" | sed 's/\\:/:/g; s/\\=/=/g' | head -1; }
# fail REASON: the current scenario failed (kept in a file, so it also works inside $(...)); the run will exit 1
fail() { echo "$SCENARIO: $1" >> "$FAILURES"; echo "FAILED $SCENARIO: $1" >&2; }
# fig FILE KEY: a figure the table needs; when FILE lacks it, "not measured" and a failure naming the file
fig() {
  local v; v=$(prop "$1" "$2")
  if [ -n "$v" ]; then echo "$v"; else fail "$2 not measured (missing from ${1#"$OUT"/})"; echo "not measured"; fi
}
sql() { psql -qtAX -d "${2:-$DB}" -c "$1"; }

for db in $DB $RESTORE_DB; do
  psql -q -d postgres -c "drop database if exists $db with (force)"
done
psql -q -d postgres -c "create database $DB encoding 'UTF8' template template0"

if [ -z "${REL_SKIP_BUILD:-}" ]; then
  # AppCDS: the class data archive shortens a (re)start, which the kill scenario measures
  ./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true
fi
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/cp.txt" >/dev/null
CP="$PWD/target/test-classes:$PWD/target/classes:$(cat "$OUT/cp.txt")"
keys=$(mktemp -d)
openssl genrsa -out "$keys/k.pem" 2048 2>/dev/null
openssl pkcs8 -topk8 -nocrypt -in "$keys/k.pem" -out "$keys/private.pem"
openssl rsa -in "$keys/k.pem" -pubout -out "$keys/public.pem" 2>/dev/null

declare -A PID=() OWNER=()
cleanup() {
  for n in "${!PID[@]}"; do kill "${PID[$n]}" 2>/dev/null || true; done
  if [ -n "${LOAD_PID:-}" ]; then kill "$LOAD_PID" 2>/dev/null || true; fi
  rm -rf "$keys"
}
trap cleanup EXIT

# start_node NAME PORT DATABASE: launches the packaged service in the background (prod profile)
start_node() {
  local name=$1 port=$2 db=$3
  OWNER[$name]="node-$name-$(ms)"   # the job executor's lock owner, to tell the jobs a node holds
  (cd target/quarkus-app && exec env DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER="$PGUSER" PORT="$port" \
    DB_POOL_SIZE="$POOL" VIENTRO_DEMO_DATA_ENABLED=true VIENTRO_HSTS=off VIENTRO_JOB_LOCK_MILLIS="$LOCK_MS" \
    VIENTRO_HISTORY_CLEANUP_START=00:00+0000 VIENTRO_HISTORY_CLEANUP_END=23:59+0000 \
    SMALLRYE_JWT_SIGN_KEY_LOCATION="file:$keys/private.pem" VIENTRO_AUTH_PUBLIC_KEY_LOCATION="file:$keys/public.pem" \
    java -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto -Xmx512m \
    -Dquarkus.camunda.job-executor.generic-config.lock-owner="${OWNER[$name]}" -jar quarkus-run.jar >> "$OUT/node-$name.log" 2>&1) &
  PID[$name]=$!
}
# wait_ready NAME PORT: prints launch-to-ready milliseconds measured from START_MS
wait_ready() {
  local name=$1 port=$2
  until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "localhost:$port/q/health/ready")" = 200 ]; do
    kill -0 "${PID[$name]}" 2>/dev/null || { echo "node $name died" >&2; tail -30 "$OUT/node-$name.log" >&2; exit 1; }
    sleep 0.05
  done
  echo $(( $(ms) - START_MS ))
}
up() { [ -n "${PID[$1]:-}" ] && kill -0 "${PID[$1]}" 2>/dev/null; }
# ensure NAME...: the named nodes (A, B) running and ready, one after another (A creates the schema and demo data)
ensure() {
  for n in "$@"; do
    local port; port=PORT_$n
    if ! up "$n"; then START_MS=$(ms); start_node "$n" "${!port}" $DB; wait_ready "$n" "${!port}" >/dev/null; fi
  done
}
stop() { if up "$1"; then kill "${PID[$1]}"; wait "${PID[$1]}" 2>/dev/null || true; fi; unset "PID[$1]"; }
crash() { kill -9 "${PID[$1]}"; wait "${PID[$1]}" 2>/dev/null || true; unset "PID[$1]"; }
nodes() { local list=; for n in "$@"; do local port=PORT_$n; list+="${list:+,}http://localhost:${!port}"; done; echo "$list"; }

# the clients run at a lower priority: on a real site they are other machines, not the nodes' CPU
DRIVER=(nice -n 10 java -cp "$CP" vn.vientro.reliability.LoadDriver)
driver() { "${DRIVER[@]}" "$@"; }
# check OUT DATABASE ACKS_LOG [SEEDED]: the consistency figures as properties in OUT; its verdict a failure if any
check() {
  local out=$1 db=$2; shift 2
  if ! java -cp "$CP" vn.vientro.reliability.ConsistencyCheck "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$@" > "$out" 2> "${out%.properties}.err"; then
    fail "consistency check: $(tail -1 "${out%.properties}.err")"
  fi
}

TABLE="$OUT/table.md"
printf '| scenario | requests | acknowledged writes | lost | stuck | status ≠ process | inbox ≠ engine | 5xx | 409 | > 5 s | escalations expected / recorded / twice | times | notes |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|\n' > "$TABLE"
# row SCENARIO LOAD_PROPS CHECK_PROPS ESCALATIONS TIMES NOTES
row() {
  local l=$2 c=$3
  local line="| $1 | $(fig "$l" requests) | $(fig "$c" acknowledged) | $(fig "$c" lost) | $(fig "$c" stuck) | $(fig "$c" statusDisagrees) | $(fig "$c" inboxDiff) | $(fig "$l" s5xx) | $(fig "$l" s409) | $(fig "$l" slowerThan5s) | $4 | $5 | $6 |"
  echo "$line" | tee -a "$TABLE"
  local detail; detail=$(prop "$c" lostDetail)
  echo "   lost: $detail; failed jobs $(prop "$c" failedJobs), incidents $(prop "$c" incidents); statuses $(prop "$l" statuses); $(prop "$c" examples)"
}
slot() { echo "| $1 | | | | | | | | | | | | $2 |" | tee -a "$TABLE"; }

# load_bg DIR SECONDS NODES...: the journey load in the background (LOAD_PID), its figures in DIR/load.properties
load_bg() {
  local dir=$1 secs=$2; shift 2
  mkdir -p "$dir"
  (exec "${DRIVER[@]}" load "$(nodes "$@")" "$CLIENTS" "$secs" "$dir") > "$dir/load.properties" 2> "$dir/load.err" &
  LOAD_PID=$! LOAD_DIR=$dir
}
# wait_load: the background load's end; a driver that failed is a failure of the scenario
wait_load() {
  if ! wait "$LOAD_PID"; then fail "the load driver failed: $(tail -3 "$LOAD_DIR/load.err" | tr '\n' ' ')"; fi
}

scenario_two_nodes() {
  local d=$OUT/two-nodes
  ensure A B
  load_bg "$d" "$LOAD" A B; wait_load
  check "$d/check.properties" $DB "$d/acks.log"
  row two-nodes "$d/load.properties" "$d/check.properties" "—" "load ${LOAD} s, $CLIENTS clients over 2 nodes" \
    "$(prop "$d/load.properties" journeys) journeys ($(prop "$d/load.properties" abandoned) abandoned)"
}

scenario_timers() {
  local d=$OUT/timers; mkdir -p "$d"
  ensure A B
  local t0; t0=$(ms)
  driver seed "$(nodes A B)" "$CLIENTS" "$TIMERS" "$d" > "$d/seed.properties" 2> "$d/seed.err" \
    || fail "seeding failed: $(tail -3 "$d/seed.err" | tr '\n' ' ')"
  local seed_s=$(( ($(ms) - t0) / 1000 ))
  local ids; ids=$(paste -sd, "$d/seeded.txt")
  # The load walks its own proposals meanwhile; the seeded ones wait at the dossier check, whose overdue timer is
  # brought forward to now (an honest way to have a thousand deadlines fall due at once on the running nodes).
  load_bg "$d" "$LOAD" A B
  sleep 5
  local moved_at; moved_at=$(ms)
  local expected; expected=$(sql "with moved as (update act_ru_job j set duedate_ = now() from act_ru_execution e
    where j.process_instance_id_ = e.id_ and e.parent_id_ is null and e.business_key_ in
    (select unnest(string_to_array('$ids', ','))) and j.handler_type_ = 'timer-transition'
    and j.handler_cfg_ like 'checkDossierOverdue%' returning 1) select count(*) from moved")
  local recorded=0 done_ms=
  [ "$expected" -gt 0 ] || fail "no timer of the seeded proposals was brought forward: nothing to measure"
  for _ in $(seq 1 600); do
    recorded=$(sql "select count(*) from vientro.task_escalation where proposal_id in ($ids)")
    if [ "$expected" -gt 0 ] && [ "$recorded" -ge "$expected" ]; then done_ms=$(( $(ms) - moved_at )); break; fi
    sleep 0.5
  done
  [ -n "$done_ms" ] || fail "$recorded of $expected escalations recorded when the wait ended: time not measured"
  wait_load
  check "$d/check.properties" $DB "$d/acks.log" "$d/seeded.txt"
  local twice; twice=$(sql "select count(*) from (select task_id from vientro.audit_entry where action = 'OVERDUE'
    and proposal_id in ($ids) group by task_id having count(*) > 1) d")
  row timers "$d/load.properties" "$d/check.properties" "$expected / $(prop "$d/check.properties" seededEscalations) / $twice" \
    "$TIMERS proposals seeded in ${seed_s} s; all due escalations recorded in ${done_ms:-not measured (not all recorded)} ms" \
    "deadlines brought forward in ACT_RU_JOB while 2 nodes run the load"
}

# takeover: the jobs locked when a node dies, and how long until the others have run them
scenario_kill() {
  local d=$OUT/kill; mkdir -p "$d"
  ensure A B
  # the load runs until this scenario stops it, so that it covers the death, the restart and the takeover
  load_bg "$d" 1800 A B
  sleep 20
  # a burst of due timers (every open task's overdue timer), so a node dies holding acquired jobs
  local burst; burst=$(sql "with moved as (update act_ru_job set duedate_ = now() where handler_type_ = 'timer-transition'
    and handler_cfg_ like '%Overdue%' and duedate_ > now() returning 1) select count(*) from moved")
  local burst_at; burst_at=$(ms)
  [ "$burst" -gt 0 ] || fail "no overdue timer to bring forward: the load had no open task after 20 s"
  # Kill the first node seen holding acquired timers. An idle job executor waits up to a minute between
  # acquisitions (its back-off), so one node often runs the whole burst alone: waiting for a chosen node to take
  # some could wait in vain. After 120 s without, B is killed with whatever it holds (the history cleanup's job,
  # say, or nothing). The load runs on meanwhile.
  local v= held_after=
  while [ $(( $(ms) - burst_at )) -lt 120000 ]; do
    local holder; holder=$(sql "select lock_owner_ from act_ru_job where lock_owner_ in ('${OWNER[A]}', '${OWNER[B]}')
      and lock_exp_time_ > now() and handler_type_ = 'timer-transition' limit 1")
    if [ -n "$holder" ]; then
      held_after=$(( $(ms) - burst_at ))
      if [ "$holder" = "${OWNER[A]}" ]; then v=A; else v=B; fi
      break
    fi
    sleep 0.05
  done
  v=${v:-B}
  local sv; sv=$([ $v = A ] && echo B || echo A)
  local owner_v=${OWNER[$v]} port_v=PORT_$v port_sv=PORT_$sv
  local kill_ms; kill_ms=$(ms)
  crash $v
  sql "select id_, handler_type_ from act_ru_job where lock_owner_ = '$owner_v' and lock_exp_time_ > now()" > "$d/locked.txt"
  local locked; locked=$(grep -c . "$d/locked.txt" || true)
  local kinds; kinds=$(cut -d'|' -f2 "$d/locked.txt" | sort | uniq -c | awk '{printf "%s%s×%d", (NR > 1 ? ", " : ""), $2, $1}')
  START_MS=$(ms); start_node $v "${!port_v}" $DB
  local ready_v; ready_v=$(wait_ready $v "${!port_v}")
  local back_at; back_at=$(ms)
  local jobs
  if [ "$locked" -eq 0 ]; then
    if [ -z "$held_after" ]; then
      fail "no node held an acquired timer within 120 s of bringing $burst timers forward, and B held no other job when killed: no takeover to measure"
    else
      fail "node $v held acquired timers $held_after ms after the burst but had run them when it was killed: no takeover to measure"
    fi
    jobs="takeover not measured (the dead node held no job)"
  else
    local idlist takeover=; idlist=$(cut -d'|' -f1 "$d/locked.txt" | sed "s/.*/'&'/" | paste -sd,)
    # A job has been taken over when it is gone (run), or, for the history cleanup's ever-living job, which is
    # rescheduled under the same id and never deleted, when another node has acquired it.
    while [ $(( $(ms) - kill_ms )) -lt $(( LOCK_MS + 120000 )) ]; do
      [ "$(sql "select count(*) from act_ru_job where id_ in ($idlist) and (type_ <> 'ever-living' or lock_owner_ = '$owner_v')")" = 0 ] \
        && { takeover=$(( ($(ms) - kill_ms) / 1000 )); break; }
      sleep 0.5
    done
    if [ -n "$takeover" ]; then
      jobs="$locked jobs left locked by the dead node ($kinds; $burst timers brought forward), all taken over $takeover s after the kill (lock $((LOCK_MS / 1000)) s)"
    else
      fail "the $locked jobs the dead node held ($kinds) were not all taken over $(( (LOCK_MS + 120000) / 1000 )) s after the kill (lock $((LOCK_MS / 1000)) s)"
      jobs="$locked jobs left locked by the dead node ($kinds; $burst timers brought forward), takeover not measured (not all taken over within $(( (LOCK_MS + 120000) / 1000 )) s)"
    fi
  fi
  touch "$d/stop"; wait_load
  check "$d/check.properties" $DB "$d/acks.log"
  # what the survivor answered between the kill and the other's return (the clients of the dead node retry on it)
  local survivor; survivor=$(awk -F, -v a="$kill_ms" -v b="$back_at" -v n="http://localhost:${!port_sv}" \
    '$1>=a && $1<=b && $2==n {sent++; if ($3 ~ /^[234]/) ok++; if ($3 ~ /^5/) bad++}
     END {printf "%d %d %d", sent, ok, bad}' "$d/requests.csv" 2>/dev/null || echo "0 0 0")
  local sent ok bad; read -r sent ok bad <<< "$survivor"
  local survived
  if [ "$sent" -eq 0 ]; then
    fail "no request of the load reached node $sv between the kill and $v's return ($(( (back_at - kill_ms) / 1000 )) s; $(grep -c . "$d/requests.csv" 2>/dev/null || echo 0) requests logged in all)"
    survived="not measured (no request sent to it)"
  else
    [ "$ok" -gt 0 ] || fail "the survivor answered none of the $sent requests sent to it while $v was down"
    survived="$ok answered of $sent sent ($bad 5xx) in $(( (back_at - kill_ms) / 1000 )) s"
  fi
  row "kill -9 (1 of 2 nodes)" "$d/load.properties" "$d/check.properties" "—" \
    "node $v killed ($([ -n "$held_after" ] && echo "first seen holding timers, $held_after ms after the burst" || echo "no node seen holding timers within 120 s")), ready again in $ready_v ms; $jobs" \
    "survivor $sv while the other was down: $survived"

  # the same for a single node
  local s=$OUT/kill-single; mkdir -p "$s"
  stop B
  load_bg "$s" 1800 A
  sleep 20
  local kill_a; kill_a=$(ms)
  crash A
  START_MS=$(ms); start_node A $PORT_A $DB
  local ready_a; ready_a=$(wait_ready A $PORT_A)
  local outage=$(( $(ms) - kill_a ))
  sleep 10   # the clients that waited through the outage finish their requests
  touch "$s/stop"; wait_load
  check "$s/check.properties" $DB "$s/acks.log"
  local after; after=$(awk -F, -v b="$(( kill_a + outage ))" '$1>=b && $3 ~ /^[234]/ {n++} END {print n+0}' "$s/requests.csv" 2>/dev/null || echo 0)
  [ "$after" -gt 0 ] || fail "no request answered after the single node came back: recovery not shown"
  row "kill -9 (single node)" "$s/load.properties" "$s/check.properties" "—" \
    "restarted node ready in $ready_a ms (service back $outage ms after the kill)" \
    "clients retry a refused connection for up to 30 s; $after answered after it came back"
}

scenario_pg_restart() {
  local d=$OUT/pg-restart; mkdir -p "$d"
  ensure A B
  # the run holds the build lock: no build that takes it runs while the shared PostgreSQL restarts
  (while :; do for p in $PORT_A $PORT_B; do
     echo "$(ms),$p,$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "localhost:$p/q/health/ready")"; done; sleep 0.2; done) > "$d/ready.csv" &
  local poller=$!
  load_bg "$d" "$LOAD" A B
  sleep 15
  local r0; r0=$(ms)
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql)" main restart
  local r1; r1=$(ms)
  until pg_isready -q -h "$PGHOST" -p "$PGPORT"; do sleep 0.1; done
  wait_load
  kill $poller 2>/dev/null || true
  check "$d/check.properties" $DB "$d/acks.log"
  # per node: when readiness first failed after the restart began, and when it answered UP again
  local ready_gap; ready_gap=$(awk -F, -v a="$r0" '$1>=a && $3!=200 && !(($2) in down) {down[$2]=$1}
    ($2) in down && $3==200 && !(($2) in up) {up[$2]=$1}
    END {for (p in down) printf "node :%s down at +%d ms, UP again at +%s ms; ", p, down[p]-a, (p in up) ? up[p]-a : "never"}' "$d/ready.csv")
  local window; window=$(awk -F, -v a="$r0" -v b="$r1" '$1+$4>=a && $1<=b+5000 {n++; s[$3]++; if ($4>m) m=$4} END {printf "%d requests overlapped the outage (+5 s): ", n; for (k in s) printf "%s×%d ", k, s[k]; printf "; slowest %d ms", m}' "$d/requests.csv")
  row pg-restart "$d/load.properties" "$d/check.properties" "—" \
    "PostgreSQL restart took $(( r1 - r0 )) ms (from +0); readiness: ${ready_gap:-never down}" "$window; no node restarted"
}

scenario_backup() {
  local d=$OUT/backup; mkdir -p "$d"
  ensure A B
  load_bg "$d" 40 A B
  sleep 10
  local dump_at; dump_at=$(ms)
  pg_dump -Fc -d $DB -f "$d/backup.dump"
  local dump_ms=$(( $(ms) - dump_at ))
  wait_load
  # what was acknowledged before the dump began must be in it (pg_dump reads one snapshot taken at its start)
  awk -v t="$dump_at" '$1 < t' "$d/acks.log" > "$d/acks-before-dump.log"
  local t0; t0=$(ms)
  psql -q -d postgres -c "create database $RESTORE_DB encoding 'UTF8' template template0"
  pg_restore --no-owner -d $RESTORE_DB "$d/backup.dump"
  # jobs the old nodes had acquired stay locked in the copy until their lock expires: release them
  sql "update act_ru_job set lock_owner_ = null, lock_exp_time_ = null where lock_owner_ is not null" $RESTORE_DB > /dev/null
  local restore_ms=$(( $(ms) - t0 ))
  START_MS=$(ms); start_node C $PORT_C $RESTORE_DB
  local ready_c; ready_c=$(wait_ready C $PORT_C)
  check "$d/check.properties" $RESTORE_DB "$d/acks-before-dump.log"
  driver step "http://localhost:$PORT_C" "$d" > "$d/step.properties" 2> "$d/step.err" \
    || fail "no dossier check could be completed on the copy: $(tail -1 "$d/step.err")"
  # a timer still fires on the copy: one overdue timer brought forward
  local before; before=$(sql "select count(*) from vientro.task_escalation" $RESTORE_DB)
  sql "update act_ru_job set duedate_ = now() where id_ = (select id_ from act_ru_job where handler_cfg_ like '%Overdue%'
    and duedate_ > now() limit 1)" $RESTORE_DB > /dev/null
  local fired=no
  for _ in $(seq 1 120); do
    [ "$(sql "select count(*) from vientro.task_escalation" $RESTORE_DB)" -gt "$before" ] && { fired=yes; break; }
    sleep 0.5
  done
  stop C
  [ $fired = yes ] || fail "the timer brought forward on the copy did not fire within 60 s"
  row backup "$d/load.properties" "$d/check.properties" "1 / $([ $fired = yes ] && echo 1 || echo 0) / 0 (on the copy)" \
    "pg_dump under load $dump_ms ms ($(du -h "$d/backup.dump" | cut -f1)), restore $restore_ms ms, service on the copy ready in $ready_c ms" \
    "acknowledged = before the dump began; a dossier check completed on the copy: $(fig "$d/step.properties" stepStatus), proposal now $(fig "$d/step.properties" stepNewStatus)"
}

# cluster_check NAME ARGS...: one ClusterChecks rule against the running nodes, as properties in $OUT/NAME.properties
cluster_check() {
  local name=$1; shift; mkdir -p "$OUT/$name"
  java -cp "$CP" vn.vientro.reliability.ClusterChecks "$name" "$@" "$OUT/$name" > "$OUT/$name.properties" 2> "$OUT/$name.err" \
    || { fail "the $name check failed: $(tail -1 "$OUT/$name.err")"; tail -20 "$OUT/$name.err" >&2; }
}
JDBC="jdbc:postgresql://$PGHOST:$PGPORT/$DB"

scenario_coherence() {
  ensure A B
  cluster_check coherence "http://localhost:$PORT_A" "http://localhost:$PORT_B"
  local p=$OUT/coherence.properties
  # (a figure missing altogether is reported by fig below)
  [[ "$(prop "$p" moved)" =~ ^(true|)$ ]] || fail "node B's due date did not move (moved=$(prop "$p" moved))"
  slot coherence "holiday added on node A on the due day (status $(fig "$p" holidayStatus)): node B's next due date $(fig "$p" dueBefore) → $(fig "$p" dueAfter), moved=$(fig "$p" moved), seen by B $(fig "$p" seenAfterMillis) ms after the change"
}

scenario_audit() {
  ensure A
  cluster_check audit "http://localhost:$PORT_A"
  local p=$OUT/audit.properties
  [[ "$(prop "$p" auditOk)" =~ ^(true|)$ ]] || fail "the audit chain does not verify (ok=$(prop "$p" auditOk))"
  slot audit "audit chain after every scenario before it (two nodes appending): ok=$(fig "$p" auditOk), $(fig "$p" auditChecked) entries checked, first broken: $(fig "$p" auditFirstBroken)"
}

scenario_cleanup() {
  ensure A
  cluster_check cleanup "http://localhost:$PORT_A" "$JDBC"
  local p=$OUT/cleanup.properties
  slot cleanup "$(fig "$p" closedProposals) closed proposals given a removal time in the past: engine history rows $(fig "$p" engineHistoryRowsBefore) → $(fig "$p" engineHistoryRowsAfter) in $(fig "$p" cleanedMillis) ms by the engine's cleanup job; timelines unchanged: $(fig "$p" timelinesUnchanged)"
}

scenario_signin() {
  ensure A
  cluster_check signin "http://localhost:$PORT_A" "$JDBC"
  local p=$OUT/signin.properties
  slot signin "$(fig "$p" failuresBefore429) failed sign-ins of one account, then $(fig "$p" status) with Retry-After $(fig "$p" retryAfter) s; unknown username: $(fig "$p" unknownUserStatus); another account at the same address: $(fig "$p" otherAccountStatus); $(fig "$p" audited) sign-in entries in the audit"
}

scenario_fuzz() {
  if [ -f target/test-classes/vn/vientro/fuzz/FuzzMain.class ]; then
    ensure A
    local d=$OUT/fuzz; mkdir -p "$d"
    java -cp "$CP" vn.vientro.fuzz.FuzzMain "http://localhost:$PORT_A" 10000 42 > "$d/fuzz.out" 2>&1 \
      || fail "the generator found failures or the service was not healthy after it (see ${d#"$OUT"/}/fuzz.out)"
    local summary; summary=$(grep -h '^Generated requests' "$d/fuzz.out" | tr '|' '/' || true)
    [ -n "$summary" ] || { fail "the generator printed no summary"; summary="not measured"; }
    slot fuzz "$summary"
  else
    fail "FuzzMain is not built"
    slot fuzz "not measured (FuzzMain not built)"
  fi
}

echo "Reliability run: $SCENARIOS (logs in $OUT)"
for s in $SCENARIOS; do
  SCENARIO=$s
  case $s in
    two-nodes) scenario_two_nodes ;;
    timers) scenario_timers ;;
    kill) scenario_kill ;;
    pg-restart) scenario_pg_restart ;;
    backup) scenario_backup ;;
    fuzz) scenario_fuzz ;;
    coherence) scenario_coherence ;;
    audit) scenario_audit ;;
    cleanup) scenario_cleanup ;;
    signin) scenario_signin ;;
    *) echo "unknown scenario $s" >&2; exit 2 ;;
  esac
done
for n in "${!PID[@]}"; do stop "$n"; done

header="### $(date -u +%Y-%m-%d) — $(nproc) cores, $(java -version 2>&1 | head -1), PostgreSQL $(sql 'show server_version' postgres), $(( ($(date +%s) - run_start) / 60 )) min"
report=$(printf '\n%s\n%s\n' "$header" "$(cat "$TABLE")")
if [ -s "$FAILURES" ]; then
  report=$(printf '%s\n\n**This run failed** (figures not measured or checks that found something):\n%s\n' "$report" "$(sed 's/^/- /' "$FAILURES")")
fi
echo "$report"
echo "$report" >> docs/reliability.md
[ ! -s "$FAILURES" ] || exit 1
