#!/usr/bin/env bash
# Runs NewsMonitor on this machine: a real Kafka broker and the three services, each in its own
# process, with the sample articles in seeds/ as demo data on a fresh data folder. Needs only a JDK 17+.
# Ctrl-C stops everything; running it again resumes with the same data (kept in ./data).
set -euo pipefail
cd "$(dirname "$0")"

stamp=local-stack/target/run-build.stamp
jars=(local-stack/target/local-stack.jar
      ingest-service/target/quarkus-app/quarkus-run.jar
      nlp-service/target/quarkus-app/quarkus-run.jar
      query-service/target/quarkus-app/quarkus-run.jar)

needs_build=false
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || needs_build=true
done
if [ "$needs_build" = false ] && { [ ! -f "$stamp" ] || [ -n "$(find pom.xml events local-stack ingest-service nlp-service query-service \
      -path '*/target' -prune -o -type f -newer "$stamp" -print -quit)" ]; }; then
  needs_build=true
fi

if [ "$needs_build" = true ]; then
  echo "Building NewsMonitor (the first build downloads dependencies and takes a few minutes)..."
  ./mvnw -B -q -DskipTests -pl events,local-stack,ingest-service,nlp-service,query-service package
  touch "$stamp"
fi

exec java -Xmx256m -jar local-stack/target/local-stack.jar "$PWD"
