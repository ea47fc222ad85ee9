#!/usr/bin/env bash
# Runs the Spark example in local mode over a folder of .txt articles and checks the rows against the library.
#   examples/spark/run-local.sh [INPUT_DIR] [OUTPUT_DIR] [json|parquet]
set -euo pipefail
cd "$(dirname "$0")/../.."
INPUT="$(realpath "${1:-examples/spark/articles}")"
OUTPUT="$(realpath -m "${2:-target/spark-example-out}")"
FORMAT="${3:-json}"
mvn -B -q -DskipTests install                      # the core library, into the local Maven repository
mvn -B -q -f spark/pom.xml -DskipTests package exec:exec -Dinput="$INPUT" -Doutput="$OUTPUT" -Dformat="$FORMAT"
