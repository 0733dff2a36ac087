#!/usr/bin/env bash
# Runs one benchmark. Usage: bench/run.sh <BenchmarkClass> [args...]   e.g. bench/run.sh IngestFolderBenchmark 10000
#                            bench/run.sh jmh [JMH options...]            (all JMH benchmarks, or a regex)
# Builds what it needs first. Benchmarks print their figures; none of them fails a build.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl bench -am package -DskipTests
cp="bench/target/bench.jar:bench/target/lib/*"
name="${1:?name a benchmark class in bench/src/main/java/io/newsmonitor/bench, or jmh}"
shift
if [ "$name" = "jmh" ]; then
  exec java -cp "$cp" org.openjdk.jmh.Main "$@"
fi
exec java -cp "$cp" "io.newsmonitor.bench.$name" "$@"
