#!/usr/bin/env bash
# The benchmark of docs/benchmarks.md, in one command: builds the application, the bare Camunda
# baseline and the harness, then runs the harness, which starts an embedded PostgreSQL 15, both
# applications in turn, the Gatling scenarios interleaved, and writes
# bench/target/results/<date-time>/results.md with Gatling's reports beside it.
#
#   bench/run.sh                                  # the standard run (about 35 minutes on 2 cores)
#   bench/run.sh --open-cases=10000,100000        # options go to the harness (docs/benchmarks.md)
#   bench/run.sh --no-build --rounds=1            # --no-build: use the jars built last time
#
# Needs a JDK 17 and nothing else: Maven comes with the wrapper, PostgreSQL with the harness.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [[ "${1:-}" == "--no-build" ]]; then
  shift
else
  echo "Building the application, the baseline and the harness"
  ./mvnw -q -B -DskipTests package
  ./mvnw -q -B -DskipTests -f bench/pom.xml package
fi

exec java -cp "bench/harness/target/classes:$(cat bench/harness/target/classpath.txt)" \
  io.reviewrecovery.bench.Benchmark --repository=. "$@"
