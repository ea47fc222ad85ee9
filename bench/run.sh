#!/usr/bin/env bash
# Runs the bench: ours against plain CoreNLP rows 1 and 3, each in its own cold JVM (about 10-15 minutes on
# 2 idle cores). Builds the jar first when it is missing. The table goes to standard output and
# bench/results/latest.txt, the JSON to bench/results/latest.json. Extra arguments go to the bench command,
# e.g. bench/run.sh --configs ours,row1 --repeat 3
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f cli/target/news-extractor.jar ]; then
  mvn -q -B -DskipTests install
  mvn -q -B -DskipTests -f cli/pom.xml package
fi
mkdir -p bench/results
# The parent only counts tokens and starts the children; each child gets its own -Xmx (--heap, default 3g).
java -Xmx512m -jar cli/target/news-extractor.jar bench --json bench/results/latest.json "$@" \
  | tee bench/results/latest.txt
