#!/usr/bin/env bash
# Report benchmark (issue 4): the annual report over national-scale synthetic data (20,000 approved
# projects, 200,000 disbursements over ten years, USD/EUR/VND) under -Xmx256m, against writing the same
# number of rows raw with SXSSF. Prints the figures and appends them to docs/benchmarks.md.
# Needs PostgreSQL at localhost:5432 (user postgres) like the tests. About 3 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=vientro_bench_report
psql -q -d postgres -c "drop database if exists $DB" -c "create database $DB encoding 'UTF8' template template0"
PGDATABASE=$DB ./mvnw -B -q test -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false "-DargLine=-Xmx256m" \
  > target/report-bench.log 2>&1 || { tail -40 target/report-bench.log; exit 1; }
# shellcheck disable=SC1090
. <(sed 's/^/b_/' target/report-benchmark.properties)
report=$(cat <<MD

### $(date -u +%Y-%m-%d) — annual report benchmark, $(nproc) cores, -Xmx${b_maxHeapMb}m (max heap seen by the JVM)
| measure | value | target |
|---|---|---|
| synthetic data | $b_projects projects, $b_disbursements disbursements (seeded in $b_seedSeconds s) | ≥ 20,000 / 200,000 |
| annual report 2025 (Projects sheet: $b_reportRows rows; all sheets) | $b_reportSeconds s | |
| the same number of rows as the Projects sheet written raw with SXSSF | $b_rawSeconds s | |
| report / raw (rows written) | $b_ratio | ≤ 2 |
| one row per record covered ($b_dataRows rows) written raw with SXSSF | $b_rawDataSeconds s | |
| report / raw (records covered) | $b_dataRatio | ≤ 2 |
| peak heap while building the report / the raw write | $b_reportPeakHeapMb / $b_rawPeakHeapMb MB | completes under -Xmx256m |
MD
)
echo "$report"
echo "$report" >> docs/benchmarks.md
