#!/usr/bin/env bash
# Scores the enrichment pipeline on the seed articles against the hand-made gold file and prints
# precision/recall/F1 per entity kind, place-code accuracy, metadata exact-match rates and every error.
# Usage (from anywhere): nlp-service/evaluate.sh [seeds folder] [gold file]
# Builds nlp-service offline first; set MVN_OFFLINE= (empty) to let Maven download what is missing.
set -euo pipefail
module="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$module")"
offline="${MVN_OFFLINE--o}"
classpath="$module/target/evaluate-classpath.txt"
(cd "$root" && ./mvnw -B -q $offline -pl nlp-service compile dependency:build-classpath \
    -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime)
seeds="${1:-$root/seeds}"
gold="${2:-$module/src/test/resources/seeds-gold.json}"
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
    -cp "$module/target/classes:$(cat "$classpath")" \
    io.newsmonitor.nlp.eval.SeedEvaluation "$seeds" "$gold"
